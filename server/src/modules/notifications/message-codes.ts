// The query and pickup codes in a stored message: its texts keep `{queryCode}` / `{pickupCode}`, the
// message keeps each code sealed (`secrets`), and a code is put in only where it is used — by the
// sender at the moment of sending, by the inbox for the message's owner. Nothing here logs a code,
// and a failure names none.
import { SECRET_VARIABLES } from '@bianmin/shared';

const CODE = new RegExp(`\\{(${SECRET_VARIABLES.join('|')})\\}`, 'g');

/** A code the text stands for is missing from the message or cannot be unsealed (a removed key). */
export class CodeUnavailable extends Error {
  constructor() {
    super('a code of the message could not be unsealed');
  }
}

export type Unseal = (sealed: string) => string;

export const holdsCode = (text: string) => text.search(CODE) >= 0;

/** The text with each code filled in; a code that cannot be: `instead`, or CodeUnavailable thrown. */
export function revealCodes(text: string, secrets: Record<string, string> | undefined, unseal: Unseal, instead?: string): string {
  return text.replace(CODE, (_m, name: string) => {
    const sealed = secrets?.[name];
    try {
      if (!sealed) throw new CodeUnavailable();
      return unseal(sealed);
    } catch {
      if (instead !== undefined) return instead;
      throw new CodeUnavailable();
    }
  });
}
