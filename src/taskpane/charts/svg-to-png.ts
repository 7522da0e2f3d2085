/// <reference lib="dom" />
/**
 * Chart images in the browser: an SVG document drawn through an <img> onto a canvas and
 * saved as PNG, and a file download through an <a download> link. Text uses the fonts the
 * browser has (the SVG names Noto Sans CJK and Microsoft YaHei).
 */

/** A PNG made in the browser, and the size (CSS pixels) it was drawn for. */
export interface BrowserPng {
  png: Uint8Array;
  width: number;
  height: number;
}

/** Images are drawn at twice their size, so they stay sharp in Word and on high-DPI screens. */
export const PNG_SCALE = 2;

/**
 * The width and height of an SVG document from its root element's attributes, falling back
 * to its viewBox; undefined when neither gives positive numbers.
 * @example svgSize('<svg width="600" height="360">') // { width: 600, height: 360 }
 */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)(?:px)?\\s*["']`, 'i').exec(root)?.[1];
  const width = Number(attr('width'));
  const height = Number(attr('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = /\sviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']/i.exec(root);
  if (box && Number(box[1]) > 0 && Number(box[2]) > 0) return { width: Number(box[1]), height: Number(box[2]) };
  return undefined;
}

/**
 * The SVG with a viewBox on its root (added from width and height when missing), so that CSS
 * can scale it to the pane's width while keeping its proportions.
 */
export function scalableSvg(svg: string): string {
  const size = svgSize(svg);
  if (!size || /<svg\b[^>]*\sviewBox\s*=/i.test(svg)) return svg;
  return svg.replace(/<svg\b/i, `<svg viewBox="0 0 ${size.width} ${size.height}"`);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('图表图片无法生成（SVG 未能加载）。'));
    img.src = url;
  });
}

/**
 * Rasterise an SVG document: drawn `scale` times its size on white (some viewers show
 * transparency as black), encoded by canvas.toBlob('image/png').
 * @throws Error with a Chinese message when the browser cannot draw or encode it.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = PNG_SCALE): Promise<BrowserPng> {
  const blob = await svgToPngBlob(svg, width, height, scale);
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}

/** As svgToPng, as a Blob ready to download. */
export async function svgToPngBlob(svg: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('浏览器不支持画布，无法生成图表图片。');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('图表图片无法生成。');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
