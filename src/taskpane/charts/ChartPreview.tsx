import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChartSpec } from '../../core/charts/chart-spec';
import { pngFileName } from './charts-view';
import { blobDownloadWorks, downloadBlob, downloadUnsupportedMessage } from '../download';
import { svgSize, svgToPngBlob } from './svg-to-png';

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  image: { width: '100%', '& svg': { display: 'block', width: '100%', height: 'auto' } },
  caption: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ChartPreviewProps {
  spec: ChartSpec;
  /** The chart's SVG; undefined while it is being drawn. */
  svg?: string;
  error?: string;
}

/** One chart: the picture, its caption and a 下载 PNG button. */
export function ChartPreview({ spec, svg, error }: ChartPreviewProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const download = async () => {
    if (!svg) return;
    setBusy(true);
    setFailure(undefined);
    try {
      if (!blobDownloadWorks()) setFailure(downloadUnsupportedMessage('图片', '请用“插入到工作簿”在 Excel 中生成图表'));
      else {
        // The file is drawn at full size with its title, not from the pane-sized preview.
        const { renderChartSvg } = await import(/* webpackChunkName: "chart-svg" */ '../../render/charts/svg');
        const full = renderChartSvg(spec);
        const size = svgSize(full) ?? { width: 600, height: 360 };
        downloadBlob(await svgToPngBlob(full, size.width, size.height), pngFileName(spec));
      }
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const captionId = `chart-caption-${spec.id}`;
  return (
    <figure className={styles.figure} data-testid="chart-preview" data-chart={spec.id} aria-labelledby={captionId}>
      {svg ? (
        // ECharts' own SVG output (text escaped by ECharts); inline so the pane's fonts apply.
        <div className={styles.image} role="img" aria-label={spec.caption} data-testid="chart-image" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <Text className={error ? styles.error : undefined}>{error ? `无法绘制：${error}` : '正在绘制…'}</Text>
      )}
      <figcaption className={styles.caption}>
        <Text id={captionId} size={200} weight="semibold" data-testid="chart-caption">
          {spec.caption}
        </Text>
        <Button
          size="small"
          icon={<ArrowDownloadRegular />}
          disabled={!svg || busy}
          onClick={() => void download()}
          aria-label={`下载 PNG：${spec.caption}`}
        >
          下载 PNG
        </Button>
      </figcaption>
      {failure && (
        <Text className={styles.error} role="alert">
          {failure}
        </Text>
      )}
    </figure>
  );
}
