import type { CommChannel } from '../../../../contract';
import { Badge } from '../../../components/ui/badge';
import { channelTypeLabel } from '../lib/labels';

/** Primary / verified / subscribed as labelled words; a null flag says nothing, or "unknown". */
function ChannelFlags({ channel }: { channel: CommChannel }) {
  return (
    <>
      {channel.primary === true ? <Badge tone="accent">Primary</Badge> : null}{' '}
      {channel.verified === true ? (
        <Badge tone="met">Verified</Badge>
      ) : channel.verified === false ? (
        <Badge>Not verified</Badge>
      ) : null}{' '}
      {channel.subscribed === true ? (
        <Badge tone="met">Subscribed</Badge>
      ) : channel.subscribed === false ? (
        <Badge>Not subscribed</Badge>
      ) : (
        <Badge>Subscription unknown</Badge>
      )}
    </>
  );
}

export function CommChannelList({ channels }: { channels: CommChannel[] }) {
  if (channels.length === 0) return <p className="text-sm text-fg-muted">No contact channels</p>;
  return (
    <ul aria-label="Contact channels" className="divide-y divide-border">
      {channels.map((channel, index) => (
        <li key={index} className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 py-2">
          <span className="w-16 shrink-0 text-xs font-medium text-fg-muted">
            {channelTypeLabel(channel.type)}
          </span>{' '}
          <span className="min-w-0 text-sm break-all">{channel.value?.trim() || '—'}</span>{' '}
          <span className="flex flex-wrap gap-1">
            <ChannelFlags channel={channel} />
          </span>
        </li>
      ))}
    </ul>
  );
}
