/* Webpack build of the browser parts. Entries are added as the add-in grows (task pane,
 * ribbon commands, preview page); today it bundles the engine for the browser: the .xlsx
 * reader and the checks, with no Node built-ins. */
const path = require('path');

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode || 'production',
  target: 'web',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: {
    engine: './src/hosts/xlsx/browser-engine.ts',
  },
  output: {
    path: path.resolve(__dirname, 'dist', 'web'),
    filename: '[name].js',
    library: { name: 'Juesuan', type: 'umd' },
    clean: true,
  },
  resolve: {
    extensions: ['.ts', '.js'],
    // No fallbacks for Node built-ins: the engine must not need any, and webpack fails the
    // build if it does. ExcelJS resolves to its self-contained browser build ("browser" field).
  },
  module: {
    rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } }, exclude: /node_modules/ }],
  },
  // Keep the error classes' names: hosts tell a typed error (WorkbookUnreadableError …,
  // whose message is for the user) from a defect by `err.name`, which terser would mangle.
  optimization: { minimizeOptions: { javascript: { compress: { passes: 2 }, keep_classnames: /Error$/ } } },
  performance: { hints: false },
});
