/**
 * `npm run bench`: how long the engine takes and how much memory it uses, as tables of
 * medians and same-run ratios. No assertions: figures for a reader. Takes 1–3 minutes.
 */
import { cpus, loadavg } from 'os';
import { benchBundle } from './cases/bundle';
import { benchCliBatch } from './cases/cli-batch';
import { benchRulesScale } from './cases/rules-scale';
import { benchStartup } from './cases/startup';
import { benchZipBomb } from './cases/zip-bomb';
import { benchPaneBundle } from './cases/pane-bundle';
import { benchExcelSyncs } from './cases/excel-syncs';
import { benchRulePacks } from './cases/rule-packs';
import { benchSamples } from './cases/samples';
import { benchScaling } from './cases/scaling';
import { benchSweep } from './cases/sweep';
import { benchVerify } from './cases/verify';
import { Table, formatTable, seconds } from './table';

const CASES: { name: string; run: () => Promise<Table> }[] = [
  { name: 'samples', run: benchSamples },
  { name: 'sweep', run: benchSweep },
  { name: 'scaling', run: benchScaling },
  { name: 'rules-scale', run: benchRulesScale },
  { name: 'startup', run: benchStartup },
  { name: 'cli-batch', run: benchCliBatch },
  { name: 'zip-bomb', run: benchZipBomb },
  { name: 'bundle', run: benchBundle },
  { name: 'pane-bundle', run: benchPaneBundle },
  { name: 'excel-syncs', run: benchExcelSyncs },
  { name: 'rule-packs', run: benchRulePacks },
  { name: 'verify', run: benchVerify },
];

function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  return `node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, load average ${load}`;
}

/** Names that stand for several cases: `speed` gives every ratio issue 17 asks for. */
const GROUPS: Record<string, string[]> = {
  speed: ['cli-batch', 'rules-scale', 'startup', 'pane-bundle'],
};

async function main(): Promise<void> {
  // Only the named cases when given (npm run bench -- scaling bundle, npm run bench -- speed).
  const wanted = process.argv.slice(2).flatMap((name) => GROUPS[name] ?? [name]);
  const started = Date.now();
  console.log(`# juesuan bench — ${new Date().toISOString()}\n${machine()}\n`);
  for (const c of CASES) {
    if (wanted.length > 0 && !wanted.includes(c.name)) continue;
    const t0 = Date.now();
    const table = await c.run();
    console.log(formatTable(table));
    console.log(`(${c.name}: ${seconds(Date.now() - t0)})\n`);
  }
  console.log(`Finished in ${seconds(Date.now() - started)}; ${machine()}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
