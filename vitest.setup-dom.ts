import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './vitest.setup-node';

// findBy* waits up to 5 s (the default 1 s is too short on a loaded 2-core machine).
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
