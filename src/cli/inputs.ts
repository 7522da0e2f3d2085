import { RulePack } from '../core/rules/pack-format';
import { Session, SessionOptions, openSession, priorFromSource } from '../core/session';
import { StoredSettings } from '../core/stored';
import { storedOf } from '../hosts/xlsx/stored-data';
import { readWorkbookBuffer, readWorkbookParts } from '../hosts/xlsx/read-buffer';
import { readFileBytes } from '../hosts/xlsx/read-file';
import { CliIO } from './io';
import { messageOf } from './messages';

/** The command line's open items name its flag for last year's workbook and the 补充信息 rows. */
const CLI_HINTS = { prior: '请用 --prior 指定上年决算表' };

/** What the command line gives every session, from its flags. */
export interface SessionFlags {
  /** --prior: last year's workbook (the file, not yet read). */
  prior?: string;
  /** --rules, already read. */
  packs?: RulePack[];
  /** --style, --percent-decimals …: win over what the workbook stores. */
  settings?: StoredSettings;
  /** --prior-any-year. */
  priorAnyYear?: boolean;
}

/** A session opened on a file, and whether something given could not be used (exit 2). */
export type FileSession = { session: Session; degraded: boolean } | { failure: string };

export type GivenPrior = NonNullable<SessionOptions['prior']>;

/**
 * Last year's workbook for --prior, read and recognised once per command. When it cannot be
 * read the command goes on without it: the message goes to stderr and `failed` is set.
 */
export async function loadPriorFile(path: string | undefined, io: CliIO): Promise<{ prior?: GivenPrior; failed: boolean }> {
  if (!path) return { failed: false };
  try {
    const source = await readWorkbookBuffer(await readFileBytes(path), path);
    return { prior: { ...priorFromSource(source), file: path }, failed: false };
  } catch (e) {
    io.err(`上年度决算表无法使用，本次不与上年比较：${messageOf(e)}\n`);
    return { failed: true };
  }
}

/**
 * Open the engine's session on one workbook file: the file's sheets and stored data, the
 * flags over what the workbook stores. What the session used from the workbook, and what it
 * could not use, goes to stderr (prefixed with the file when `label`).
 */
export async function openFileSession(file: string, flags: Omit<SessionFlags, 'prior'>, prior: GivenPrior | undefined, io: CliIO, label = false): Promise<FileSession> {
  let session: Session;
  const say = (text: string) => io.err(`${label ? `${file}：` : ''}${text}\n`);
  try {
    // One open of the zip gives the sheets and the stored data.
    const read = await readWorkbookParts(await readFileBytes(file), file);
    const stored = storedOf(read);
    stored.warnings.forEach(say);
    session = openSession(read.source, stored.data, { packs: flags.packs, prior, settings: flags.settings, priorAnyYear: flags.priorAnyYear, openItemHints: CLI_HINTS });
  } catch (e) {
    return { failure: messageOf(e) };
  }
  for (const n of session.notices) say(n.text);
  if (session.priorProblem) say(session.priorProblem);
  return { session, degraded: session.priorProblem !== undefined };
}

/** A --rules file: read, decoded and checked (rule-pack-file.ts). */
export { loadRulePack } from './rule-pack-file';
