/**
 * `npm start` / `npm stop`. On Windows and macOS, where Excel desktop exists, these run the
 * Office template's office-addin-debugging through npx (fetched on first use: it is not a
 * dependency because its keytar module does not build on Linux), with the office-addin
 * tools' usage data turned off first. Elsewhere, or when that fails, they print the manual
 * steps: serve the pane, sideload manifest.xml, remove it again.
 */
import { spawnSync } from 'child_process';
import { resolve } from 'path';

const MANIFEST = resolve(__dirname, '..', 'manifest.xml');

const START = `决算助手：在 Excel 中旁加载（sideload）

npm start 只在 Windows 和 Mac 上自动旁加载到 Excel 桌面版；在这里请手动完成：

1. 在另一个终端运行 npm run dev-server
   任务窗格由 https://localhost:3000/ 提供（webpack-dev-server，自签名证书）。
   先用浏览器打开 https://localhost:3000/taskpane.html 并信任该证书，
   否则 Excel 会显示空白窗格（见 docs/addin.md“证书”一节）。

2. 旁加载清单文件：
   ${MANIFEST}
   - Excel 网页版：插入 → 加载项 → 我的加载项 → 上传我的加载项，选择上面的 manifest.xml。
   - Windows 版 Excel：把 manifest.xml 所在文件夹共享，在 文件 → 选项 → 信任中心 →
     信任中心设置 → 受信任的加载项目录 中添加该共享路径并勾选“显示在菜单中”，
     重启 Excel 后在 插入 → 我的加载项 → 共享文件夹 中添加“决算助手”。
   - Mac 版 Excel：把 manifest.xml 复制到
     ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ ，然后重启 Excel。

3. 在“开始”选项卡点击“审核决算表”打开任务窗格。

部署到服务器：ADDIN_URL=https://服务器/路径/ npm run build，上传 dist/web/ 的全部文件，
分发 dist/web/manifest.xml。不用 Excel 也能试用：npm run preview。
`;

const STOP = `决算助手：停止旁加载

1. 在运行 npm run dev-server 的终端按 Ctrl+C。
2. 移除加载项：
   - Excel 网页版：插入 → 加载项 → 我的加载项，在“决算助手”的“…”菜单中选择“删除”。
   - Windows 版 Excel：从 受信任的加载项目录 中删除共享路径；如窗格仍显示旧版本，
     关闭 Excel 后删除 %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\ 文件夹。
   - Mac 版 Excel：删除 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ 中的 manifest.xml，然后重启 Excel。
`;

/** Run an office-addin tool through npx; true when it succeeded. */
function npx(args: string[]): boolean {
  const r = spawnSync('npx', ['--yes', ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

/** office-addin-debugging start|stop on Excel desktop; false where it cannot run. */
function officeDebugging(command: 'start' | 'stop'): boolean {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return false;
  npx(['office-addin-usage-data', 'off']);
  const args = command === 'start' ? ['office-addin-debugging', 'start', MANIFEST, 'desktop', '--app', 'excel'] : ['office-addin-debugging', 'stop', MANIFEST];
  return npx(args);
}

const command = process.argv[2];
if (command === 'start') {
  if (!officeDebugging('start')) console.log(START);
} else if (command === 'stop') {
  if (!officeDebugging('stop')) console.log(STOP);
} else {
  console.error('用法：tsx scripts/sideload.ts start|stop');
  process.exitCode = 2;
}
