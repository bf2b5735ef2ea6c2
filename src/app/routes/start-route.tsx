import { StartPage } from '../../features/start/components/start-page';

export function StartRoute() {
  return <StartPage />;
}
