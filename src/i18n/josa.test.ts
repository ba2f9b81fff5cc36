import { describe, expect, it } from 'vitest';
import { josa } from './josa';

describe('josa', () => {
  it('follows the final consonant of Hangul', () => {
    expect(josa('인증서', '을/를')).toBe('인증서를');
    expect(josa('신원', '을/를')).toBe('신원을');
    expect(josa('정책', '이/가')).toBe('정책이');
    expect(josa('서버', '이/가')).toBe('서버가');
    expect(josa('파일', '으로/로')).toBe('파일로');
    expect(josa('신원', '으로/로')).toBe('신원으로');
    expect(josa('키', '으로/로')).toBe('키로');
  });

  it('reads digits as Korean numbers', () => {
    expect(josa('10.0.1.3', '은/는')).toBe('10.0.1.3은');
    expect(josa('10.0.1.2', '은/는')).toBe('10.0.1.2는');
    expect(josa('order-1', '을/를')).toBe('order-1을');
    expect(josa('order-1', '으로/로')).toBe('order-1로');
    expect(josa('node-6', '으로/로')).toBe('node-6으로');
    expect(josa('10', '과/와')).toBe('10과');
  });

  it('reads acronyms by their letter names and words as they are written in Hangul', () => {
    expect(josa('mTLS', '으로/로')).toBe('mTLS로');
    expect(josa('URL', '을/를')).toBe('URL을');
    expect(josa('ROOTCA', '이/가')).toBe('ROOTCA가');
    expect(josa('default', '을/를')).toBe('default를');
    expect(josa('istiod', '이/가')).toBe('istiod가');
    expect(josa('payment', '은/는')).toBe('payment는');
    expect(josa('pay-sa', '과/와')).toBe('pay-sa와');
    expect(josa('cluster.local', '은/는')).toBe('cluster.local은');
    expect(josa('cluster.local', '으로/로')).toBe('cluster.local로');
    expect(josa('main', '이/가')).toBe('main이');
    expect(josa('spring', '을/를')).toBe('spring을');
  });

  it('looks past closing punctuation', () => {
    expect(josa('`order-sa`', '은/는')).toBe('`order-sa`는');
    expect(josa('(pay-sa)', '이/가')).toBe('(pay-sa)가');
  });
});
