import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/**
 * Said once, before the first write of the stored data on a host where a write clears the undo
 * stack (Excel): the changes wait in the pane until the user agrees.
 */
export function UndoNoticeBar({ onAccept }: { onAccept: () => void }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="undo-notice" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>保存说明会清除 Excel 的撤销记录</MessageBarTitle>
        决算助手把说明、原因和设置保存在本工作簿中；保存之后，此前在 Excel 中的修改不能再撤销。请确认表中的修改无需撤销后点击“保存”，在此之前您的修改只显示在窗格中。
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onAccept}>
          保存
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
