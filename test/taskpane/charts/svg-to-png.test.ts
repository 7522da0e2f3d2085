import { scalableSvg, svgSize } from '../../../src/taskpane/charts/svg-to-png';

describe('svgSize', () => {
  it('reads width and height of the root element, with or without px', () => {
    expect(svgSize('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="360"><rect width="5" height="5"/></svg>')).toEqual({ width: 600, height: 360 });
    expect(svgSize("<svg height='200px' width='300.5px'></svg>")).toEqual({ width: 300.5, height: 200 });
  });

  it('falls back to the viewBox, and gives undefined without either', () => {
    expect(svgSize('<svg viewBox="0 0 800 450"></svg>')).toEqual({ width: 800, height: 450 });
    expect(svgSize('<svg width="100%" viewBox="0,0,40,30"></svg>')).toEqual({ width: 40, height: 30 });
    expect(svgSize('<svg></svg>')).toBeUndefined();
    expect(svgSize('<div width="3" height="4"></div>')).toBeUndefined();
  });
});

describe('scalableSvg', () => {
  it('adds a viewBox from width and height so CSS can scale the chart', () => {
    expect(scalableSvg('<svg width="600" height="360"><g/></svg>')).toBe('<svg viewBox="0 0 600 360" width="600" height="360"><g/></svg>');
  });

  it('leaves an SVG that has a viewBox, or no size, as it is', () => {
    const withBox = '<svg width="600" height="360" viewBox="0 0 600 360"></svg>';
    expect(scalableSvg(withBox)).toBe(withBox);
    expect(scalableSvg('<svg></svg>')).toBe('<svg></svg>');
  });
});
