import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface ErrorsBannerProps {
  /** Errors of the check still to deal with (neither ignored with a reason nor fixed). */
  count: number;
  /** Go to 审核; absent in the download dialog's copy, whose own buttons say what to do. */
  onGoToReview?: () => void;
}

/** "审核有 N 个错误未处理" before the report and the Word file; the user may still go on. */
export function ErrorsBanner({ count, onGoToReview }: ErrorsBannerProps) {
  if (count === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="errors-banner">
      <MessageBarBody>
        <MessageBarTitle>审核有 {count} 个错误未处理</MessageBarTitle>
        说明中的数字可能有误，仍可继续起草和下载。
        {onGoToReview && (
          <>
            {' '}
            <Link as="button" inline onClick={onGoToReview}>
              前往审核
            </Link>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
