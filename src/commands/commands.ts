/**
 * The ribbon's function file (commands.html). The only ribbon button opens the task pane
 * (a ShowTaskpane action, no code needed); commands that run without the pane will be
 * registered here with Office.actions.associate.
 */
/// <reference types="office-js" />

Office.onReady(() => {
  // Nothing to register yet.
});
