/* Webpack build of the browser parts, into dist/web (the web root the add-in is served from):
 *   engine    the .xlsx reader and the checks as a UMD library (global `Juesuan`), no Node built-ins
 *   taskpane  the Excel task pane (taskpane.html, loads office.js from Microsoft's CDN)
 *   commands  the ribbon's function file (commands.html, office.js)
 *   preview   the page without office.js: open an .xlsx, see its sheets and the same pane
 * plus the icons, the preview's sample workbook and manifest.xml, whose development origin
 * (https://localhost:3000/) is replaced by the ADDIN_URL environment variable when set. */
const path = require('path');
const { NormalModuleReplacementPlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';

/**
 * The syntax every page is compiled to, node_modules included (scripts/esbuild-loader.js):
 * tsconfig.web.json's target.
 * The supported platforms are package.json's "browserslist": WebView2 and Edge/Chrome,
 * Safari and WKWebView on Mac and iPad; their oldest supported versions parse ES2020, but
 * Safari before 16.4 fails on a regex lookbehind and EdgeHTML (Microsoft 365 on Windows 10
 * without WebView2) on ES2018 syntax, so the bundles keep to ES2017. taskpane.html checks the
 * built-ins the code needs and shows a plain message where they are missing.
 */
const SYNTAX_TARGET = require('./tsconfig.web.json').compilerOptions.target.toLowerCase();

/** The add-in's base URL for the manifest in dist: ADDIN_URL (https, ends in "/") or the dev origin. */
function addinUrl() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return DEV_ORIGIN;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must use https (Office requires it): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest with the development origin replaced by `base`: URLs keep their path under
 * `base`, and the bare origin (AppDomain) becomes base's origin.
 */
function rewriteManifest(xml, base) {
  if (base === DEV_ORIGIN) return xml;
  return xml.split(DEV_ORIGIN).join(base).split(DEV_ORIGIN.slice(0, -1)).join(new URL(base).origin);
}

/** The loaders of every page, the WPS build's too (webpack.wps.config.js). */
function moduleRules() {
  return [
    {
      // pdf.js's own native import() calls, unused here, out of the ES2017 output (scripts/pdfjs-loader.js).
      test: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.min\.mjs$/,
      enforce: 'pre',
      use: { loader: path.resolve(__dirname, 'scripts', 'pdfjs-loader.js') },
    },
    {
      // Our TypeScript and every JavaScript dependency, lowered to SYNTAX_TARGET (the pane is
      // React; JSX is compiled here; type-checking is `npm run typecheck`).
      test: /\.(tsx?|m?js|cjs)$/,
      use: { loader: path.resolve(__dirname, 'scripts', 'esbuild-loader.js'), options: { target: SYNTAX_TARGET } },
    },
  ];
}

/**
 * Two files of src/hosts/xlsx use Node: exceljs-workbook.ts loads a Node module of ExcelJS,
 * zip-inflate.ts inflates with Node's zlib. The pages get each one's `.browser` twin
 * instead (the browser build's Workbook; a JavaScript inflater).
 */
function browserTwins() {
  return new NormalModuleReplacementPlugin(/[\\/](exceljs-workbook|zip-inflate)$/, (resource) => {
    resource.request = `${resource.request}.browser`;
  });
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const base = addinUrl();
  return {
    mode,
    // webpack's own runtime code keeps to the same syntax.
    target: ['web', SYNTAX_TARGET],
    devtool: mode === 'development' ? 'source-map' : false,
    entry: {
      engine: { import: './src/hosts/xlsx/browser-engine.ts', library: { name: 'Juesuan', type: 'umd' } },
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: '[name].js',
      // Code loaded on demand (the preview's workbook writer; later the charts and the
      // .docx writer) gets its own file, fetched only when used.
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // No fallbacks for Node built-ins: the browser code must not need any, and webpack
      // fails the build if it does. ExcelJS resolves to its self-contained browser build.
    },
    module: { rules: moduleRules() },
    plugins: [
      browserTwins(),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
          { from: 'assets/samples/national-2024.xlsx', to: 'assets/samples/national-2024.xlsx' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => Buffer.from(rewriteManifest(content.toString('utf8'), base), 'utf8'),
          },
        ],
      }),
    ],
    // Keep the error classes' names: hosts tell a typed error (WorkbookUnreadableError …,
    // whose message is for the user) from a defect by `err.name`, which terser would mangle.
    optimization: { minimizeOptions: { javascript: { compress: { passes: 2 }, keep_classnames: /Error$/ } } },
    performance: { hints: false },
    devServer: {
      // Office loads add-ins over https only; webpack-dev-server makes a self-signed
      // certificate (see docs/addin.md for trusting it).
      server: 'https',
      port: 3000,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false } },
      hot: false,
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
module.exports.SYNTAX_TARGET = SYNTAX_TARGET;
module.exports.moduleRules = moduleRules;
module.exports.browserTwins = browserTwins;
