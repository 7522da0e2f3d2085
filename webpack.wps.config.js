/* Webpack build of the WPS 表格 add-in (WPS 加载项), into dist/wps — the folder the add-in is
 * served from (`npm run build:wps`). Kept apart from webpack.config.js so the Excel bundles
 * and their size budget do not change:
 *   taskpane.html + taskpane.js   the same pane over the WPS host (src/wps/pane.tsx)
 *   index.html + main.js          the page WPS loads for the add-in: the ribbon's callbacks
 *   ribbon.xml                    the 决算助手 group on the 开始 tab
 *   publish.html                  per-user install through the local WPS service
 *   jsplugins.xml                 the list for bureau-wide deployment (oem.ini JSPluginsServer)
 *   assets/icons/                 the ribbon icon
 * WPS_ADDIN_URL (http or https, ends in "/") is the server folder the add-in is served from;
 * it goes into publish.html and jsplugins.xml. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { SYNTAX_TARGET, browserTwins, moduleRules } = require('./webpack.config.js');

const DEFAULT_WPS_URL = 'http://127.0.0.1:8080/juesuan/';
const ADDIN_DIR = path.resolve(__dirname, 'src', 'wps', 'addin');

/** The add-in's base URL: WPS_ADDIN_URL (http/https, "/" added when missing) or the default. */
function wpsAddinUrl(raw = process.env.WPS_ADDIN_URL) {
  if (!raw) return DEFAULT_WPS_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`WPS_ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`WPS_ADDIN_URL must use http or https: ${raw}`);
  if (url.search || url.hash) throw new Error(`WPS_ADDIN_URL must be the add-in's folder, without ? or #: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** XML/HTML-escaped, so a URL with & stays well-formed in jsplugins.xml and publish.html. */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A JS string literal of the URL, safe inside an inline <script>. */
function jsString(text) {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/** __ADDIN_URL_JS__ (in scripts) and __ADDIN_URL__ (in markup) replaced by `base`. */
function withUrl(base) {
  return (content) => Buffer.from(content.toString('utf8').split('__ADDIN_URL_JS__').join(jsString(base)).split('__ADDIN_URL__').join(escapeXml(base)), 'utf8');
}

module.exports = (env, argv = {}) => {
  const mode = argv.mode || 'production';
  const base = wpsAddinUrl();
  return {
    mode,
    target: ['web', SYNTAX_TARGET],
    devtool: mode === 'development' ? 'source-map' : false,
    entry: { taskpane: './src/wps/pane.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist', 'wps'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: moduleRules() },
    plugins: [
      browserTwins(),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: path.join(ADDIN_DIR, 'taskpane.html'), chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: path.join(ADDIN_DIR, 'ribbon.xml'), to: 'ribbon.xml' },
          // Kept readable for the administrators who deploy it (not minified).
          { from: path.join(ADDIN_DIR, 'main.js'), to: 'main.js', info: { minimized: true } },
          { from: path.join(ADDIN_DIR, 'index.html'), to: 'index.html', info: { minimized: true } },
          { from: path.join(ADDIN_DIR, 'publish.html'), to: 'publish.html', transform: withUrl(base), info: { minimized: true } },
          { from: path.join(ADDIN_DIR, 'jsplugins.xml'), to: 'jsplugins.xml', transform: withUrl(base), info: { minimized: true } },
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
        ],
      }),
    ],
    optimization: { minimizeOptions: { javascript: { compress: { passes: 2 }, keep_classnames: /Error$/ } } },
    performance: { hints: false },
  };
};

module.exports.wpsAddinUrl = wpsAddinUrl;
module.exports.DEFAULT_WPS_URL = DEFAULT_WPS_URL;
