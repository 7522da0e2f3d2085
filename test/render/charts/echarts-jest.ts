/**
 * Jest cannot load ECharts' ES-module entry points (echarts/core, echarts/charts …): it does
 * not transform node_modules, and it has no require(esm). Tests that import
 * src/render/charts/svg.ts therefore mock those four modules with the CommonJS full build of
 * the same ECharts package (every chart and component already registered, so the chart
 * installers svg.ts passes to `use` can be no-ops):
 *
 *   jest.mock('echarts/core', () => jest.requireActual('echarts'));
 *   jest.mock('echarts/charts', () => jest.requireActual('./echarts-jest').noopInstallers());
 *   jest.mock('echarts/components', () => jest.requireActual('./echarts-jest').noopInstallers());
 *   jest.mock('echarts/renderers', () => jest.requireActual('./echarts-jest').noopInstallers());
 *
 * node-esm.test.ts renders the same charts through the real module graph in a child Node
 * process and checks the SVGs are identical, so a component missing from svg.ts's `use`
 * list cannot hide behind the full build.
 */
export function noopInstallers(): Record<string, () => void> {
  // Any name svg.ts imports from these modules resolves to an installer that does nothing.
  return new Proxy({}, { get: (_target, name) => (name === '__esModule' ? false : () => undefined) });
}
