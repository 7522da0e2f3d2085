import { Divider, Dropdown, Field, Input, Option, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isReportYear } from '../../core/stored';
import { reportStyles } from '../../core/templates';
import { PackSection } from '../packs/PackSection';
import { BureauNote } from './BureauNote';
import { PriorSection } from '../prior/PriorSection';
import { PaneSettings } from '../settings';
import type { PaneStore } from '../store/pane-store';
import type { PaneState } from '../store/pane-state';
import { SupplementForm } from '../supplement-form/SupplementForm';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  about: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsTabProps {
  settings: PaneSettings;
  onChange: (next: PaneSettings) => void;
  store: PaneStore;
  state: PaneState;
}

/** Unit name and year for the report title; saved to the workbook when a field is left. */
function TitleOverrides({ store, state }: Pick<SettingsTabProps, 'store' | 'state'>) {
  const stored = state.stored.settings;
  const detected = state.session?.model;
  const [unitName, setUnitName] = useState(stored.unitName ?? '');
  const [year, setYear] = useState(stored.year?.toString() ?? '');
  useEffect(() => {
    setUnitName(stored.unitName ?? '');
    setYear(stored.year?.toString() ?? '');
  }, [stored.unitName, stored.year]);
  const yearNumber = year.trim() === '' ? undefined : Number(year.trim());
  const yearBad = yearNumber !== undefined && !isReportYear(yearNumber);
  const commit = () => {
    if (yearBad) return;
    const next = { unitName: unitName.trim() || undefined, year: yearNumber };
    if (next.unitName !== stored.unitName || next.year !== stored.year) void store.setOverrides(next);
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
    </>
  );
}

/**
 * 设置: last year's workbook and the department's rule packs, the report's style and decimals
 * and the title overrides (all kept in the workbook, so every surface uses them), the
 * supplementary facts, automatic re-check and the not-applicable rules (this user's).
 */
export function SettingsTab({ settings, onChange, store, state }: SettingsTabProps) {
  const styles = useStyles();
  const effective = state.session?.settings;
  const supplement = state.session?.supplement;
  return (
    <section className={styles.root} aria-label="设置">
      <BureauNote state={state} />
      <PriorSection store={store} state={state} />
      <Divider />
      <PackSection store={store} state={state} />
      <Divider />
      <div className={styles.section} role="group" aria-label="说明格式">
        <Text weight="semibold">说明格式</Text>
        <Field label="说明样式" hint={state.session ? `默认按模板“${state.session.template.name}”` : undefined}>
          <RadioGroup
            layout="horizontal"
            value={effective?.style ?? ''}
            // A new style brings its own decimals unless the user picks them again.
            onChange={(_, d) => void store.setOverrides({ style: d.value, percentDecimals: undefined })}
          >
            {reportStyles().map((s) => (
              <Radio key={s.id} value={s.id} label={s.label} />
            ))}
          </RadioGroup>
        </Field>
        <Field label="百分比小数位数">
          <Dropdown
            value={effective ? `${effective.percentDecimals} 位` : ''}
            selectedOptions={effective ? [String(effective.percentDecimals)] : []}
            onOptionSelect={(_, d) => void store.setOverrides({ percentDecimals: Number(d.optionValue) })}
          >
            {[0, 1, 2].map((n) => (
              <Option key={n} value={String(n)}>{`${n} 位`}</Option>
            ))}
          </Dropdown>
        </Field>
        <Switch
          label="整数金额不写小数（如 11万元）"
          checked={effective?.integerAmounts ?? false}
          onChange={(_, d) => void store.setOverrides({ integerAmounts: d.checked })}
          data-testid="integer-amounts"
        />
        <Switch
          label="列出为零的收入、支出项目"
          checked={effective?.listZeroItems ?? false}
          onChange={(_, d) => void store.setOverrides({ listZeroItems: d.checked })}
          data-testid="list-zero-items"
        />
        <TitleOverrides store={store} state={state} />
      </div>
      <Divider />
      <SupplementForm host={store.host} supplement={supplement} onSaved={() => void store.check()} />
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
      <Divider />
      <DiagnosticsPanel />
      <Text className={styles.about} size={200}>
        决算助手只在您点击“保存”“忽略”“导出”“导入”时写入工作簿，且只写入名称以“决算助手_”开头的工作表或加载项自己的存储，不会修改决算表中的任何单元格。除 Office 要求加载的
        office.js 外，不访问网络，不收集使用数据。
      </Text>
    </section>
  );
}
