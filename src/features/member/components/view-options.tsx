import { Switch } from '../../../components/ui/switch';
import type { ViewParam, ViewParams } from '../lib/view-params';

type Props = {
  params: ViewParams;
  onChange: (name: ViewParam, on: boolean) => void;
  updating: boolean;
};

/** The two switches that widen the request, and the "Updating…" status while it refetches. */
export function ViewOptions({ params, onChange, updating }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <Switch
        label="Include inactive targets"
        checked={params.includeInactiveTargets}
        onCheckedChange={(on) => onChange('includeInactiveTargets', on)}
      />
      <Switch
        label="Show all cycles"
        checked={params.includeInactive}
        onCheckedChange={(on) => onChange('includeInactive', on)}
      />
      <p role="status" className="min-w-[6rem] text-sm text-fg-muted">
        {updating ? 'Updating…' : ''}
      </p>
    </div>
  );
}
