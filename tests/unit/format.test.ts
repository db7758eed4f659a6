import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fill } from '../../src/lib/format.ts';

describe('fill', () => {
  it('replaces named placeholders and leaves unknown ones as written', () => {
    assert.equal(fill('{shown} of {total}', { shown: 3, total: 10 }), '3 of 10');
    assert.equal(fill('need {version}+ on {os}', { version: '3.12' }), 'need 3.12+ on {os}');
    assert.equal(fill('no placeholders'), 'no placeholders');
  });
});
