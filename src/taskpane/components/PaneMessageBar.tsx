import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { PaneMessage } from '../pane-message';

export interface PaneMessageBarProps {
  message: PaneMessage;
  /** A way forward (重新检查 …). */
  actionLabel?: string;
  onAction?: () => void;
  onDismiss?: () => void;
  testId?: string;
}

/** An error, warning or success message with its next step. */
export function PaneMessageBar({ message, actionLabel, onAction, onDismiss, testId }: PaneMessageBarProps) {
  return (
    <MessageBar intent={message.intent} layout="multiline" data-testid={testId} politeness={message.intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.body}
      </MessageBarBody>
      {(onAction || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss ? <Button appearance="transparent" icon={<DismissRegular />} aria-label="关闭消息" onClick={onDismiss} /> : undefined
          }
        >
          {onAction && actionLabel ? <Button onClick={onAction}>{actionLabel}</Button> : null}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
