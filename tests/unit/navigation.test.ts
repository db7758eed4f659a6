import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breadcrumbs, buildSidebar, prevNext } from '../../src/lib/navigation.ts';
import type { NavPage } from '../../src/lib/navigation.ts';

const pages: NavPage[] = [
  { slug: 'concepts/tasks', title: 'Tasks', section: 'concepts', order: 3 },
  { slug: 'index', title: 'Home', section: 'start', order: 0 },
  { slug: 'concepts/event-loop', title: 'Event loop', section: 'concepts', order: 2 },
  { slug: 'why-async', title: 'Why async', section: 'start', order: 1 },
  { slug: 'glossary', title: 'Glossary', section: 'reference', order: 1 },
];

describe('navigation', () => {
  const sidebar = buildSidebar(pages, 'en');

  it('groups pages by section in section order and sorts by order', () => {
    assert.deepEqual(
      sidebar.map((group) => group.section),
      ['start', 'concepts', 'reference'],
    );
    assert.deepEqual(
      sidebar[1]?.links.map((link) => link.slug),
      ['concepts/event-loop', 'concepts/tasks'],
    );
    assert.equal(sidebar[0]?.links[0]?.href, '/en/');
    assert.equal(sidebar[1]?.label, 'Core concepts');
    assert.equal(buildSidebar(pages, 'zh')[1]?.label, '核心概念');
  });

  it('links previous and next pages across sections', () => {
    const { prev, next } = prevNext(sidebar, 'why-async');
    assert.equal(prev?.slug, 'index');
    assert.equal(next?.slug, 'concepts/event-loop');
    assert.equal(prevNext(sidebar, 'index').prev, undefined);
    assert.equal(prevNext(sidebar, 'glossary').next, undefined);
    assert.deepEqual(prevNext(sidebar, 'missing'), { prev: undefined, next: undefined });
  });

  it('builds breadcrumbs home › section › page', () => {
    assert.deepEqual(breadcrumbs(sidebar, 'concepts/tasks', 'en', 'Home'), [
      { label: 'Home', href: '/en/' },
      { label: 'Core concepts', href: '/en/concepts/event-loop/' },
      { label: 'Tasks' },
    ]);
    assert.deepEqual(breadcrumbs(sidebar, 'index', 'en', 'Home'), []);
    // The section crumb is not a link when it would point at the current page.
    assert.deepEqual(breadcrumbs(sidebar, 'concepts/event-loop', 'en', 'Home')[1], { label: 'Core concepts' });
  });
});
