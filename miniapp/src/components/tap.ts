// A View that acts as a button: announced as one, reachable with Tab, pressed with Enter or Space.
interface KeyEventLike {
  key: string;
  preventDefault(): void;
}

export function tapProps(onTap: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: onTap,
    onKeyDown: (e: KeyEventLike) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onTap();
    },
  };
}
