// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../src/state/route.svelte';

describe('addresses', () => {
  it.each<[string, Route]>([
    ['', { view: 'lab' }],
    ['#/', { view: 'lab' }],
    ['#/learn', { view: 'learn' }],
    ['#/learn/04-mql', { view: 'lesson', lessonId: '04-mql' }],
    ['#/glossary', { view: 'glossary', termId: null }],
    ['#/glossary/sal', { view: 'glossary', termId: 'sal' }],
    ['#/quiz', { view: 'quiz' }],
  ])('%s is read as a view and written back the same way', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('never trusts an odd address: unknown views and hostile ids fall back safely', () => {
    expect(parseRoute('#/admin')).toEqual({ view: 'lab' });
    expect(parseRoute('#/learn/<script>')).toEqual({ view: 'learn' });
    expect(parseRoute(`#/glossary/${'x'.repeat(500)}`)).toEqual({ view: 'glossary', termId: null });
  });
});

describe('the router', () => {
  it('follows Back even when the browser reports it as popstate alone', async () => {
    const { Router } = await import('../../src/state/route.svelte');
    window.location.hash = '#/quiz';
    const router = new Router();
    expect(router.current).toEqual({ view: 'quiz' });
    history.replaceState(null, '', '#/learn/08-scoring');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(router.current).toEqual({ view: 'lesson', lessonId: '08-scoring' });
  });
});
