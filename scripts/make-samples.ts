/**
 * Writes the bundled sample workbooks (assets/samples/*.xlsx) from the fixture factories.
 * Run with `npx tsx scripts/make-samples.ts`; the outputs are committed, never hand-edited.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { buildFixture, writeXlsx } from '../test/factories';
import type { FixtureOptions } from '../test/factories';

const OUT = resolve(__dirname, '..', 'assets', 'samples');

const SAMPLES: { file: string; options: FixtureOptions }[] = [
  { file: 'national-2024.xlsx', options: { template: 'national', year: 2024 } },
  { file: 'national-2023.xlsx', options: { template: 'national', year: 2023 } },
  { file: 'sichuan-2024.xlsx', options: { template: 'sichuan2023', year: 2024, budgetColumns: true } },
  { file: 'sichuan-2023.xlsx', options: { template: 'sichuan2023', year: 2023, budgetColumns: true } },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const s of SAMPLES) {
    const fixture = buildFixture(s.options);
    const buffer = await writeXlsx(fixture.sheets);
    writeFileSync(join(OUT, s.file), buffer);
    console.log(`${s.file}: ${fixture.sheets.length} sheets, ${fixture.expected.length} figures, ${buffer.length} bytes`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
