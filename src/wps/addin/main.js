/* 决算助手 in WPS 表格: the ribbon's callbacks (ribbon.xml), loaded by index.html, the page WPS
   opens for the add-in. Plain ES5 on purpose: it runs before anything else in WPS's embedded
   browser, whatever its age. The callbacks are globals, as WPS calls them by name.
   Members, from the wpsjs templates (et/js/ribbon.js, wpp_vue/taskpane.js): Application (or,
   in wpsjs 1.x, the global wps) .CreateTaskPane(url) → TaskPane with ID, Visible, DockPosition;
   .GetTaskPane(id); .PluginStorage.getItem/setItem; OnAddinLoad(ribbonUI) returns true. */
/* global window, document */
(function () {
  var PANE_KEY = 'juesuan_taskpane_id';
  var DOCK_RIGHT = 2; // msoCTPDockPositionRight (wpsjs WPS_Enum)

  /** The object that holds CreateTaskPane: window.Application (wpsjs 2.x) or wps (1.x). */
  function wpsRoot() {
    if (window.Application && window.Application.CreateTaskPane) return window.Application;
    if (window.wps && window.wps.CreateTaskPane) return window.wps;
    return null;
  }

  /** The folder this page was loaded from, ending in "/": the add-in's server URL. */
  function addinBase() {
    var url = decodeURI(document.location.toString()).split('#')[0].split('?')[0];
    return url.substring(0, url.lastIndexOf('/') + 1);
  }

  window.OnJuesuanLoad = function (ribbonUI) {
    var root = wpsRoot();
    if (root) root.ribbonUI = ribbonUI;
    return true;
  };

  window.OnJuesuanOpenPane = function () {
    var root = wpsRoot();
    if (!root) {
      window.alert('当前 WPS 不支持加载项任务窗格，无法打开决算助手。');
      return false;
    }
    var storage = root.PluginStorage;
    var id = storage ? storage.getItem(PANE_KEY) : null;
    var pane = null;
    if (id) {
      try {
        pane = root.GetTaskPane(id);
      } catch (ignored) { // eslint-disable-line @typescript-eslint/no-unused-vars
        pane = null;
      }
    }
    if (!pane) {
      pane = root.CreateTaskPane(addinBase() + 'taskpane.html');
      if (storage) storage.setItem(PANE_KEY, pane.ID);
      try {
        pane.DockPosition = DOCK_RIGHT;
      } catch (ignored) { // eslint-disable-line @typescript-eslint/no-unused-vars
        // Left where WPS puts it.
      }
    }
    pane.Visible = true;
    return true;
  };

  window.OnJuesuanImage = function () {
    return addinBase() + 'assets/icons/icon-32.png';
  };
})();
