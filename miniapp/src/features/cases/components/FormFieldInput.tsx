// One field of an item's application form, drawn by its type, with its 填写说明, unit and — once
// touched or after 下一步 — the problem applicationProblems found in it.
import { useState, type ReactNode } from 'react';
import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { FormField } from '@bianmin/shared/catalogue/application-form.schema';
import type { AnswerValue } from '../application-state';
import './apply.scss';

interface FieldProps {
  field: FormField;
  value: AnswerValue | undefined;
  problem: string | null;
  onChange: (value: AnswerValue | undefined) => void;
  /** The resident left the field (or chose a value): its problem may show now. */
  onTouch: () => void;
}

/** Up to this many choices show as radio buttons; more open a picker. */
const RADIO_LIMIT = 6;
const MAX_LENGTH: Partial<Record<FormField['type'], number>> = { phone: 11, idNumber: 18, creditCode: 18, text: 100, address: 120 };

export function FormFieldInput(props: FieldProps) {
  const { field, problem } = props;
  return (
    <View className={`field apply-field apply-field-${field.key}${problem ? ' has-error' : ''}`} data-key={field.key}>
      <Text className="field-label">
        {field.label}
        {!field.required && field.type !== 'checkbox' && <Text className="apply-optional">（选填）</Text>}
      </Text>
      {field.help && <Text className="field-hint">{field.help}</Text>}
      <Control {...props} />
      {problem && <Text className="field-error">{problem}</Text>}
    </View>
  );
}

function Control({ field, value, onChange, onTouch }: FieldProps) {
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  switch (field.type) {
    case 'textarea':
      return (
        <Textarea
          className="field-input apply-textarea"
          value={text}
          placeholder={field.placeholder}
          maxlength={field.maxLength ?? 1000}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onTouch}
        />
      );
    case 'number':
      return <NumberInput field={field} value={value} onChange={onChange} onTouch={onTouch} />;
    case 'date':
      return (
        <Picker
          mode="date"
          value={text}
          onChange={(e) => {
            onChange(e.detail.value);
            onTouch();
          }}
        >
          <View className={`field-input apply-picker${text ? '' : ' is-empty'}`}>{text || (field.placeholder ?? '请选择日期')}</View>
        </Picker>
      );
    case 'select':
      return <SelectInput field={field} value={text} onChange={onChange} onTouch={onTouch} />;
    case 'multiselect':
      return (
        <View className="apply-choices">
          {(field.options ?? []).map((o) => (
            <Choice
              key={o}
              checked={list.includes(o)}
              multiple
              onClick={() => {
                onChange(list.includes(o) ? list.filter((x) => x !== o) : [...list, o]);
                onTouch();
              }}
            >
              {o}
            </Choice>
          ))}
        </View>
      );
    case 'checkbox':
      return (
        <Choice
          checked={value === true}
          multiple
          onClick={() => {
            onChange(value !== true);
            onTouch();
          }}
        >
          {field.placeholder ?? '是'}
        </Choice>
      );
    case 'region':
      return <RegionInput field={field} value={list} onChange={onChange} onTouch={onTouch} />;
    default: {
      const upper = field.type === 'idNumber' || field.type === 'creditCode';
      return (
        <Input
          className="field-input"
          type={field.type === 'phone' ? 'number' : field.type === 'idNumber' ? 'idcard' : 'text'}
          value={text}
          placeholder={field.placeholder}
          maxlength={field.maxLength ?? MAX_LENGTH[field.type] ?? 100}
          onInput={(e) => onChange(upper ? e.detail.value.replace(/\s/g, '').toUpperCase() : e.detail.value)}
          onBlur={onTouch}
        />
      );
    }
  }
}

/** Kept as typed (so "12." can become "12.5"); the answer is the number, or the text when it is not one. */
function NumberInput({ field, value, onChange, onTouch }: Omit<FieldProps, 'problem'>) {
  const [typed, setTyped] = useState(value === undefined ? '' : String(value as string | number));
  return (
    <View className="apply-number">
      <Input
        className="field-input apply-number-input"
        type="digit"
        value={typed}
        placeholder={field.placeholder}
        onInput={(e) => {
          const raw = e.detail.value.trim();
          setTyped(raw);
          const n = Number(raw);
          onChange(raw === '' ? undefined : Number.isFinite(n) ? n : raw);
        }}
        onBlur={onTouch}
      />
      {field.unit && <Text className="apply-unit">{field.unit}</Text>}
    </View>
  );
}

function SelectInput({ field, value, onChange, onTouch }: Omit<FieldProps, 'problem' | 'value'> & { value: string }) {
  const options = field.options ?? [];
  if (options.length <= RADIO_LIMIT) {
    return (
      <View className="apply-choices">
        {options.map((o) => (
          <Choice
            key={o}
            checked={value === o}
            onClick={() => {
              onChange(o);
              onTouch();
            }}
          >
            {o}
          </Choice>
        ))}
      </View>
    );
  }
  return (
    <Picker
      mode="selector"
      range={options}
      value={Math.max(0, options.indexOf(value))}
      onChange={(e) => {
        onChange(options[Number(e.detail.value)]);
        onTouch();
      }}
    >
      <View className={`field-input apply-picker${value ? '' : ' is-empty'}`}>
        {value || (field.placeholder ?? `请选择${field.label}`)}
      </View>
    </Picker>
  );
}

/** 省 / 市 / 区县: WeChat's region picker; on H5 three short text boxes. */
function RegionInput({ field, value, onChange, onTouch }: Omit<FieldProps, 'problem' | 'value'> & { value: string[] }) {
  if (process.env.TARO_ENV !== 'h5') {
    return (
      <Picker
        mode="region"
        value={value}
        onChange={(e) => {
          onChange(e.detail.value);
          onTouch();
        }}
      >
        <View className={`field-input apply-picker${value.length ? '' : ' is-empty'}`}>
          {value.length ? value.join(' ') : (field.placeholder ?? '请选择省、市、区县')}
        </View>
      </Picker>
    );
  }
  const parts = ['省', '市', '区县'];
  const set = (i: number, part: string) => {
    const next = [0, 1, 2].map((j) => (j === i ? part.trim() : (value[j] ?? '')));
    // Trailing empty parts are dropped; an empty middle part keeps its place.
    while (next.length && !next[next.length - 1]) next.pop();
    onChange(next);
  };
  return (
    <View className="apply-region">
      {parts.map((p, i) => (
        <Input
          key={p}
          className={`field-input apply-region-part apply-region-${i}`}
          placeholder={p}
          maxlength={20}
          value={value[i] ?? ''}
          onInput={(e) => set(i, e.detail.value)}
          onBlur={onTouch}
        />
      ))}
    </View>
  );
}

export function Choice({
  checked,
  multiple,
  onClick,
  children,
}: {
  checked: boolean;
  multiple?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <View
      className={`apply-choice${multiple ? ' is-multiple' : ''}${checked ? ' is-checked' : ''}`}
      role={multiple ? 'checkbox' : 'radio'}
      aria-checked={checked}
      onClick={onClick}
    >
      <View className="apply-choice-mark">{checked ? (multiple ? '✓' : '●') : ''}</View>
      <Text className="apply-choice-text">{children}</Text>
    </View>
  );
}
