// Stand-in for @tarojs/components under vitest: plain DOM elements with Taro's event shapes.
import { createElement, forwardRef, type ReactNode } from 'react';

type Props = { className?: string; children?: ReactNode; [key: string]: unknown };

// Mini-program-only props (formType, hoverClass …) would make React warn on a DOM element.
const DOM_PROP = /^(className|style|id|role|href|src|disabled|on[A-Z]\w*|data-[\w-]+|aria-[\w-]+)$/;
const domProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => DOM_PROP.test(k)));

const passThrough = (tag: string) =>
  forwardRef<HTMLElement, Props>(function TaroStandIn({ children, ...rest }, ref) {
    return createElement(tag, { ...domProps(rest), ref }, children as ReactNode);
  });

export const View = passThrough('div');
export const Text = passThrough('span');
export const Button = passThrough('button');
export const ScrollView = passThrough('div');
export const Image = passThrough('img');

type InputEvent = { detail: { value: string } };
type InputProps = Props & { onInput?: (e: InputEvent) => void; onBlur?: (e: InputEvent) => void; password?: boolean; maxlength?: number };

export function Input({ onInput, onBlur, value, placeholder, className, password, maxlength, disabled }: InputProps) {
  return createElement('input', {
    className,
    placeholder,
    value,
    disabled,
    type: password ? 'password' : 'text',
    maxLength: maxlength,
    onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
    onBlur: (e: { target: { value: string } }) => onBlur?.({ detail: { value: e.target.value } }),
  });
}

type TextareaProps = InputProps & { maxlength?: number };

export function Textarea({ onInput, onBlur, value, placeholder, className, maxlength }: TextareaProps) {
  return createElement('textarea', {
    className,
    placeholder,
    value,
    maxLength: maxlength,
    onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
    onBlur: (e: { target: { value: string } }) => onBlur?.({ detail: { value: e.target.value } }),
  });
}

type PickerProps = Props & {
  mode?: 'selector' | 'date' | 'time' | 'region' | 'multiSelector';
  range?: unknown[];
  onChange?: (e: { detail: { value: unknown } }) => void;
};

/** The picker's face (children), and a plain control a test changes: a <select> of `range`, or a text box (a date, or a region as "省,市,区"). */
export function Picker({ mode = 'selector', range = [], onChange, children, className }: PickerProps) {
  const fire = (value: unknown) => onChange?.({ detail: { value } });
  const control =
    mode === 'selector'
      ? createElement(
          'select',
          { className: 'picker-control', onChange: (e: { target: { value: string } }) => fire(Number(e.target.value)) },
          createElement('option', { value: '' }),
          ...range.map((r, i) => createElement('option', { key: i, value: i }, String(r))),
        )
      : createElement('input', {
          className: 'picker-control',
          onChange: (e: { target: { value: string } }) => fire(mode === 'region' ? e.target.value.split(',') : e.target.value),
        });
  return createElement('div', { className: `picker ${className ?? ''}`, 'data-mode': mode }, children, control);
}
