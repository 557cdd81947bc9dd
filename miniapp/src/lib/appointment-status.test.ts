import { describe, expect, it } from 'vitest';
import { APPOINTMENT_STATUS_LABEL as CONTRACT } from '@bianmin/shared/appointments/appointment.schema';
import { APPOINTMENT_STATUS_LABEL } from './appointment-status';

describe('appointment status words', () => {
  it('say the same as the shared contract', () => {
    expect(APPOINTMENT_STATUS_LABEL).toEqual(CONTRACT);
  });
});
