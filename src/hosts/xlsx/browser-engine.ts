/**
 * The engine as the browser gets it (webpack entry `engine`): read an .xlsx the user picked
 * and check it, with no Node built-ins. The preview page and the task pane build on this.
 */
export { readWorkbookBuffer } from './read-buffer';
export { checkWorkbook } from '../../core/check';
export { isBlocking } from '../../core/rules/finding';
