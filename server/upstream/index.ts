export { createCapillarySource, type CapillarySourceOptions } from './capillary-source';
export type {
  MemberTargetsResult,
  MemberTargetsSource,
  SourceFailure,
  SourceMessage,
  TargetGroupsQuery,
} from './source';
