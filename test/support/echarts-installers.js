/**
 * Jest cannot load ECharts' ES-module entry points (echarts/core, echarts/charts …): it does
 * not transform node_modules. jest.config.js maps echarts/core to the CommonJS full build of
 * the same package (every chart and component already registered) and the three installer
 * modules to this file, whose every export is an installer that does nothing.
 * test/render/charts/node-esm.test.ts renders the same charts through the real module graph
 * in a child Node process, so a component missing from svg.ts's `use` list cannot hide here.
 */
module.exports = new Proxy({}, { get: (_target, name) => (name === '__esModule' ? false : () => undefined) });
