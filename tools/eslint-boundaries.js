import path from 'node:path';

/**
 * Import boundaries (../shared/STYLE.md), checked on resolved paths so that `../member/x` from another
 * feature is caught as surely as `src/features/member/x`. Direction: app → features → components/lib →
 * contract; src never imports server/ or demo/; server never imports src/; features do not import each other;
 * contract imports only zod.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function area(file) {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'src') {
    if (rel[1] === 'features') return { layer: 'feature', feature: rel[2] };
    if (rel[1] === 'components' || rel[1] === 'lib') return { layer: 'shared' };
    if (rel[1] === 'app') return { layer: 'app' };
    return { layer: 'src-root' };
  }
  return { layer: rel[0] };
}

function violation(from, to, isPackage, specifier, isTest) {
  if (from.layer === 'contract') {
    if (isPackage) return specifier === 'zod' || isTest ? null : 'contract/ imports only zod.';
    return to.layer === 'contract' ? null : 'contract/ imports only zod and itself.';
  }
  if (isPackage) return null;
  const inSrc = ['feature', 'shared', 'app', 'src-root'].includes(to.layer);
  if (from.layer === 'server' && inSrc) return 'server/ never imports the browser app.';
  if (from.layer === 'demo' && (inSrc || to.layer === 'server'))
    return 'demo/ stands alone: it speaks only the Capillary API.';
  const fromSrc = ['feature', 'shared', 'app', 'src-root'].includes(from.layer);
  if (!fromSrc) return null;
  if (to.layer === 'server' || to.layer === 'demo') return 'The browser app never imports server/ or demo/.';
  if (from.layer === 'shared' && (to.layer === 'feature' || to.layer === 'app'))
    return 'Shared code (components, lib) imports neither features nor the app.';
  if (from.layer === 'feature' && to.layer === 'app') return 'Only src/app combines features.';
  if (from.layer === 'feature' && to.layer === 'feature' && to.feature !== from.feature)
    return 'Features do not import each other; combine them in src/app.';
  return null;
}

const rule = {
  meta: { type: 'problem', schema: [], messages: { boundary: '{{message}} ({{specifier}})' } },
  create(context) {
    const from = area(context.filename);
    const isTest = /\.test\.tsx?$/.test(context.filename);
    const check = (node) => {
      const specifier = node?.source?.value;
      if (typeof specifier !== 'string') return;
      const isPackage = !specifier.startsWith('.') && !specifier.startsWith('/');
      const to = isPackage ? null : area(path.resolve(path.dirname(context.filename), specifier));
      const message = violation(from, to, isPackage, specifier, isTest);
      if (message) context.report({ node: node.source, messageId: 'boundary', data: { message, specifier } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const boundaries = { rules: { imports: rule } };
