import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  title: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  file: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  input: { display: 'none' },
});

export interface PreviewToolbarProps {
  fileName?: string;
  annotationCount: number;
  canDownload: boolean;
  downloading: boolean;
  onOpen: (file: File) => void;
  onDownload: () => void;
}

/** Open a workbook; download the copy with the explanations. */
export function PreviewToolbar({ fileName, annotationCount, canDownload, downloading, onOpen, onDownload }: PreviewToolbarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className={styles.root}>
      <Text className={styles.title}>决算助手 · 预览</Text>
      <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        打开工作簿…
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="选择 .xlsx 工作簿"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Clear it, so choosing the same file again is a change too.
          e.target.value = '';
          if (file) onOpen(file);
        }}
      />
      <Button icon={<DocumentArrowDownRegular />} onClick={onDownload} disabledFocusable={!canDownload || downloading}>
        {downloading ? '正在生成…' : '下载含说明的工作簿'}
      </Button>
      {fileName && (
        <Text className={styles.file} data-testid="file-name">
          {fileName}
          {annotationCount > 0 ? ` · ${annotationCount} 条说明或忽略标记` : ''}
        </Text>
      )}
    </header>
  );
}
