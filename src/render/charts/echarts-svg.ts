import { init, use } from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/*
 * The parts of ECharts the charts use, and nothing else, so that the pages' chart chunk stays
 * small: bar and pie charts, grid, legend and title, drawn by the SVG renderer (server-side).
 * The pages bundle these ES modules with webpack; the command line gets them bundled into
 * one CommonJS file at build time (scripts/bundle-echarts.js, replacing tsc's output of this
 * file); under Jest see test/support/echarts-installers.js.
 */
use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export { init };
