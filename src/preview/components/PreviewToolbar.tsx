import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowDownRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { FilePicker } from '../../taskpane/components/FilePicker';

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
  return (
    <header className={styles.root}>
      <Text className={styles.title}>决算助手 · 预览</Text>
      <FilePicker accept="xlsx" inputLabel="选择 .xlsx 工作簿" icon={<FolderOpenRegular />} onPick={onOpen}>
        打开工作簿…
      </FilePicker>
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
