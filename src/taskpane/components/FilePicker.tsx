/// <reference lib="dom" />
import { Button, type ButtonProps, makeStyles } from '@fluentui/react-components';
import { type ReactNode, type RefObject, useRef } from 'react';

const useStyles = makeStyles({ input: { display: 'none' } });

/** What a picker accepts: workbooks, rule packs or written reports. */
export const ACCEPT = {
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: '.json,application/json',
  report: '.docx,.pdf,.txt,.md,.html,.htm,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain',
} as const;

export interface FilePickerProps {
  appearance?: ButtonProps['appearance'];
  icon?: ButtonProps['icon'];
  disabled?: boolean;
  children: ReactNode;
  accept: keyof typeof ACCEPT;
  /** The hidden input's accessible name (选择 .xlsx 工作簿 …). */
  inputLabel: string;
  testId?: string;
  onPick: (file: File) => void;
  /** The button, for a section that moves focus to it (after 移除 takes away the focused control). */
  buttonRef?: RefObject<HTMLButtonElement>;
}

/**
 * A button that opens the browser's file chooser: the preview's 打开工作簿, 设置's 导入上年决算表
 * and 加载规则包 all use it. The input is cleared after each pick, so choosing the same file
 * again is a change too.
 */
export function FilePicker({ accept, inputLabel, testId, onPick, children, appearance, icon, disabled, buttonRef }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const own = useRef<HTMLButtonElement>(null);
  const button = buttonRef ?? own;
  return (
    <>
      {/* Focusable while busy, so the focus stays on it through the import and comes back to it after. */}
      <Button ref={button} appearance={appearance} icon={icon} disabledFocusable={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={ACCEPT[accept]}
        aria-label={inputLabel}
        data-testid={testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onPick(file);
          // The file chooser closed: back to the button that opened it.
          button.current?.focus();
        }}
      />
    </>
  );
}
