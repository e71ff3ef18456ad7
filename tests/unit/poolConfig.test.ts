import { describe, expect, it } from 'vitest';
import { poolConfigFromUrl } from '../../src/db/poolConfig';

describe('poolConfigFromUrl', () => {
  it('when the URL sets no limit, then each process opens up to 10 connections to the named database', () => {
    expect(poolConfigFromUrl('postgresql://u:p@db:5433/ciclo')).toMatchObject({ host: 'db', port: 5433, user: 'u', password: 'p', database: 'ciclo', max: 10 });
  });

  it('when connection_limit is given, then it is the pool size; a bad one names the parameter', () => {
    expect(poolConfigFromUrl('postgresql://u:p@db/ciclo?connection_limit=25').max).toBe(25);
    expect(() => poolConfigFromUrl('postgresql://u:p@db/ciclo?connection_limit=muchas')).toThrow(/connection_limit/);
  });
});
