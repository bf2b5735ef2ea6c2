import type { ApiMessage } from '../../../../contract';
import { Notice } from '../../../components/ui/notice';

function messageText(warning: ApiMessage): string {
  if (warning.message !== null && warning.message.trim() !== '') return warning.message;
  return warning.code !== null ? `Code ${warning.code}` : 'A warning without a message';
}

/** Capillary's warnings, each as sent. */
export function WarningsNotice({ warnings }: { warnings: ApiMessage[] }) {
  if (warnings.length === 0) return null;
  return (
    <Notice role="status" tone="warning" title="Capillary says">
      <ul className="list-disc space-y-1 pl-5">
        {warnings.map((warning, index) => (
          <li key={index}>{messageText(warning)}</li>
        ))}
      </ul>
    </Notice>
  );
}
