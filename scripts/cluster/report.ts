// The suite's output: one line per check (✓ or ✗ with what was wrong), facts worth keeping
// (rates, Galera's conflict counters), and the closing "N passed, N failed".

export class Report {
  passed = 0;
  failed = 0;

  section(title: string): void {
    console.log(`\n${title}`);
  }

  /** A check passes when it found no problems. */
  check(name: string, problems: string[]): boolean {
    if (problems.length === 0) {
      this.passed++;
      console.log(`  ✓ ${name}`);
      return true;
    }
    this.failed++;
    console.log(`  ✗ ${name}\n      ${problems.join('\n      ')}`);
    return false;
  }

  fact(text: string): void {
    console.log(`    · ${text}`);
  }

  /** Runs one scenario; a throw counts as one failed check. */
  async scenario(title: string, run: () => Promise<void>): Promise<void> {
    this.section(title);
    try {
      await run();
    } catch (err) {
      this.check(`${title}: ran to the end`, [err instanceof Error ? (err.stack ?? err.message) : String(err)]);
    }
  }

  close(): void {
    console.log(`\n${this.passed} passed, ${this.failed} failed`);
  }
}

/** Problems for `condition`: none when it holds, `message` when not. */
export const expect = (condition: boolean, message: string): string[] => (condition ? [] : [message]);
