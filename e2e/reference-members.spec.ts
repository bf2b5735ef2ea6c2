import { expect, test } from './support/fixtures';

// The reference page's example members, served by the embedded demo upstream as recorded.

test.describe('member 64035151 (streaks, capping, over-achieved)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/members/64035151');
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  });

  test('shows the id, the profile and the loyalty info', async ({ page }) => {
    await expect(page.getByText('Member ID 64035151', { exact: true })).toBeVisible();
    const profile = page.getByRole('region', { name: 'Profile' });
    await expect(profile.getByText('tom.sawyer@capillarytech.com')).toBeVisible();
    await expect(profile.getByText('919988221100')).toBeVisible();
    await expect(profile.getByText('instore')).toBeVisible();
    await expect(profile.getByText('Not verified').first()).toBeVisible();
    const loyalty = page.getByRole('region', { name: 'Loyalty' });
    await expect(loyalty.getByText('23,508')).toBeVisible();
    await expect(loyalty.getByText('loyalty', { exact: true })).toBeVisible();
  });

  test('shows every group, in plain words', async ({ page }) => {
    const groups = page.getByRole('region', { name: 'Target groups' });
    for (const name of [
      'JP&A',
      'sdcs',
      'efef',
      'Drink a coffee everyday',
      'Post a picture everyday',
      'egeger',
    ]) {
      await expect(groups.getByRole('article', { name })).toBeVisible();
    }
    const jpa = groups.getByRole('article', { name: 'JP&A' });
    await expect(jpa.getByText('Streak', { exact: true }).first()).toBeVisible();
    await expect(jpa.getByText('Fixed calendar periods')).toBeVisible();
  });

  test('gives every period its own named progress bar, percent past 100 %', async ({ page }) => {
    const bars = page.getByRole('progressbar');
    // 2 (JP&A) + 12 (sdcs) + 1 (efef) + 2 + 2 (streak groups) + 1 (egeger)
    await expect(bars).toHaveCount(20);
    const first = page.getByRole('progressbar', { name: /^JP&A, JP&A1/ });
    await expect(first).toHaveAttribute('aria-valuetext', '7 of 2 (350%)');
    await expect(first).toHaveAttribute('aria-valuenow', '2');
    const egeger = page.getByRole('article', { name: 'egeger' });
    await expect(egeger.getByText('Current period')).toBeVisible();
    await expect(egeger.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '2,200 of 11 (20,000%)');
  });

  test('reads a capping group as a cap, not a goal', async ({ page }) => {
    const cap = page.getByRole('article', { name: 'sdcs' });
    await expect(cap.getByText('Cap on points issued')).toBeVisible();
    await expect(cap.getByRole('progressbar', { name: /Cycle_6/ })).toHaveAttribute(
      'aria-valuetext',
      '0 of 1,200 allowed used',
    );
  });

  test('draws the streak timelines with status and count', async ({ page }) => {
    const jpa = page.getByRole('article', { name: 'JP&A' });
    await expect(jpa.getByRole('list', { name: 'Streak timeline for JP&A' })).toBeVisible();
    await expect(jpa.getByText('JP&A11')).toBeVisible();
    await expect(jpa.getByText('Achieved', { exact: true })).toBeVisible();
    await expect(jpa.getByText('2 of 2')).toBeVisible();
    const coffee = page.getByRole('article', { name: 'Drink a coffee everyday' });
    await expect(coffee.getByText('In progress', { exact: true }).first()).toBeVisible();
    await expect(coffee.getByText('2 of 5')).toBeVisible();
  });

  test('each streak chip draws the shape of its outcome, not colour alone', async ({ page }) => {
    const chips = page.getByRole('list', { name: 'Streak timeline for JP&A' }).getByRole('listitem');
    await expect(chips.first()).toBeVisible();
    const shapes = await chips.evaluateAll((items) =>
      items.map((li) => {
        const shape = getComputedStyle(li, '::before');
        const label = li.querySelector('span')?.textContent ?? '';
        return {
          words: (li.textContent ?? '').slice(label.length).trim(),
          mask: shape.maskImage.slice(0, 40),
          size: `${shape.width} × ${shape.height}`,
          shapeOf: shape.maskImage,
        };
      }),
    );
    expect(shapes.length).toBeGreaterThan(1);
    for (const s of shapes) {
      expect(s.mask).toContain('data:image/svg+xml');
      expect(s.size).toBe('14px × 14px');
    }
    // One shape per outcome: chips that say different things draw different shapes.
    const byWords = new Map<string, Set<string>>();
    for (const s of shapes) {
      byWords.set(s.words, (byWords.get(s.words) ?? new Set()).add(s.shapeOf));
    }
    for (const set of byWords.values()) expect(set.size).toBe(1);
    const distinct = new Set([...byWords.values()].map((set) => [...set][0]));
    expect(distinct.size).toBe(byWords.size);
  });
});

test('member 547528790: milestones on the bar, each reached or "N to go"', async ({ page }) => {
  await page.goto('/members/547528790');
  const group = page.getByRole('article', { name: 'Jotun Painter- buy 10X in 1 month to unlock a voucher' });
  await expect(group).toBeVisible();
  await expect(group.getByText('3 to go')).toBeVisible();
  await expect(group.getByText('5 to go')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Profile' }).getByText('gender')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Cycle_3/ }).first()).toHaveAttribute(
    'aria-valuetext',
    '0 of 10 (0%)',
  );
});

test('member 387043873: one group, 900 of 1,000 with +0530 timestamps', async ({ page }) => {
  await page.goto('/members/387043873');
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Sawyer' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(1);
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '900 of 1,000 (90%)');
});

test('member 387035386: no name, cyclic windows', async ({ page }) => {
  await page.goto('/members/387035386');
  await expect(page.getByRole('heading', { level: 1, name: 'Member 387035386' })).toBeVisible();
  await expect(page.getByText("Cycles from the member's first activity").first()).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(2);
});

test('a member page has no accessibility violations', async ({ page, axe }) => {
  await page.goto('/members/64035151');
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await axe(page);
});
