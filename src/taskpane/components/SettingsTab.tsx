import { Divider, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { TemplateId } from '../../core/schedules/model';
import { Supplement } from '../../core/supplement';
import { WorkbookHost } from '../../hosts/workbook-host';
import { PriorSection } from '../prior/PriorSection';
import { PriorHandle } from '../prior/use-prior';
import { PaneSettings, ReportStyle, WorkbookSettings, isReportYear, reportSettings } from '../settings';
import { SupplementForm } from '../supplement-form/SupplementForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  about: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsTabProps {
  settings: PaneSettings;
  onChange: (next: PaneSettings) => void;
  /** What the last check found (review.model): template, unit name, year. */
  detected?: { template?: TemplateId; unitName?: string; year?: number };
  /** The workbook's overrides (useWorkbookSettings(host)); without it the overrides are not shown. */
  workbook?: { value: WorkbookSettings; change: (next: WorkbookSettings) => void; error?: string };
  /** Last year's workbook (usePrior(host)); without it the import is not shown. */
  prior?: PriorHandle;
  /** With `host`, the supplementary facts form is shown. */
  host?: WorkbookHost;
  supplement?: Supplement;
  /** After the form saved: check again (controller.check()). */
  onSupplementSaved?: () => void;
}

const STYLE_LABEL: Record<ReportStyle, string> = { sichuan: '四川', national: '全国' };

/** Unit name and year for the report title; saved to the workbook when a field is left. */
function TitleOverrides({ workbook, detected }: Required<Pick<SettingsTabProps, 'workbook'>> & Pick<SettingsTabProps, 'detected'>) {
  const [unitName, setUnitName] = useState(workbook.value.unitName ?? '');
  const [year, setYear] = useState(workbook.value.year?.toString() ?? '');
  useEffect(() => {
    setUnitName(workbook.value.unitName ?? '');
    setYear(workbook.value.year?.toString() ?? '');
  }, [workbook.value]);
  const yearNumber = year.trim() === '' ? undefined : Number(year.trim());
  const yearBad = yearNumber !== undefined && !isReportYear(yearNumber);
  const commit = () => {
    if (yearBad) return;
    const next: WorkbookSettings = {};
    if (unitName.trim()) next.unitName = unitName.trim();
    if (yearNumber !== undefined) next.year = yearNumber;
    if (next.unitName !== workbook.value.unitName || next.year !== workbook.value.year) workbook.change(next);
  };
  return (
    <>
      <Field label="单位名称（说明标题用）" hint={detected?.unitName ? `留空则用决算表中的“${detected.unitName}”` : '留空则用决算表中的单位名称'}>
        <Input value={unitName} onChange={(_, d) => setUnitName(d.value)} onBlur={commit} data-testid="override-unit" />
      </Field>
      <Field
        label="年度（说明标题用）"
        hint={detected?.year ? `留空则用决算表中的 ${detected.year} 年` : '留空则用决算表中的年度'}
        validationState={yearBad ? 'error' : 'none'}
        validationMessage={yearBad ? '请填写四位年份，如 2024。' : undefined}
      >
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} onBlur={commit} data-testid="override-year" />
      </Field>
      {workbook.error && (
        <MessageBar intent="error">
          <MessageBarBody>{workbook.error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/**
 * 设置: last year's workbook, the report's style and decimals, the title overrides (kept in
 * the workbook), the supplementary facts, automatic re-check and the not-applicable rules.
 */
export function SettingsTab({ settings, onChange, detected, workbook, prior, host, supplement, onSupplementSaved }: SettingsTabProps) {
  const styles = useStyles();
  const effective = reportSettings(settings, workbook?.value ?? {}, detected);
  return (
    <section className={styles.root} aria-label="设置">
      {prior && (
        <>
          <PriorSection handle={prior} currentYear={effective.year} />
          <Divider />
        </>
      )}
      <div className={styles.section} role="group" aria-label="说明格式">
        <Text weight="semibold">说明格式</Text>
        <Field label="说明样式">
          <RadioGroup
            layout="horizontal"
            value={effective.style}
            // A new style brings its own decimals unless the user picks them again.
            onChange={(_, d) => onChange({ ...settings, reportStyle: d.value as ReportStyle, percentDecimals: undefined })}
          >
            {(['sichuan', 'national'] as const).map((s) => (
              <Radio key={s} value={s} label={STYLE_LABEL[s]} />
            ))}
          </RadioGroup>
        </Field>
        <Field label="百分比小数位数">
          <Dropdown
            value={`${effective.percentDecimals} 位`}
            selectedOptions={[String(effective.percentDecimals)]}
            onOptionSelect={(_, d) => onChange({ ...settings, percentDecimals: Number(d.optionValue) })}
          >
            {[0, 1, 2].map((n) => (
              <Option key={n} value={String(n)}>{`${n} 位`}</Option>
            ))}
          </Dropdown>
        </Field>
        {workbook && <TitleOverrides workbook={workbook} detected={detected} />}
      </div>
      {host && (
        <>
          <Divider />
          <SupplementForm host={host} supplement={supplement} onSaved={() => onSupplementSaved?.()} />
        </>
      )}
      <Divider />
      <Switch
        label="工作表内容改变时自动重新检查"
        checked={settings.autoRecheck}
        onChange={(_, data) => onChange({ ...settings, autoRecheck: data.checked })}
      />
      <Switch
        label="显示不适用的规则"
        checked={settings.showNotApplicable}
        onChange={(_, data) => onChange({ ...settings, showNotApplicable: data.checked })}
      />
      <Text className={styles.about} size={200}>
        决算助手只在您点击“保存”“忽略”“导出”“导入”时写入工作簿，且只写入名称以“决算助手_”开头的工作表或加载项自己的存储，不会修改决算表中的任何单元格。除 Office 要求加载的
        office.js 外，不访问网络，不收集使用数据。
      </Text>
    </section>
  );
}
