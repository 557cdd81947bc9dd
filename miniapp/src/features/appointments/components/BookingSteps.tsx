import { FlowSteps } from '@/components/FlowSteps';
import './booking.scss';

const STEPS = ['选择大厅', '选择时间', '确认预约'];

/** Where the resident is in the three booking steps. */
export function BookingSteps({ step }: { step: 1 | 2 | 3 }) {
  return <FlowSteps flow="booking" names={STEPS} step={step} />;
}
