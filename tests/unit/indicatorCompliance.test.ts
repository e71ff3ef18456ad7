// How much of its target each indicator reached, and the traffic light it gets.
import { describe, expect, it } from 'vitest';
import type { IndicatorItem, MeasurementItem } from '../../src/domain/planBudget/deliverable';
import { compliance, indicatorProgress, offTrack, trafficLight, trafficLightLabels } from '../../src/domain/monitoring/indicatorCompliance';

describe('compliance without a baseline', () => {
  it('when higher is better, then it is actual over target', () => {
    expect(compliance({ target: 200, actual: 150, direction: 'higher' })).toBe(0.75);
    expect(compliance({ target: 200, actual: 250, direction: 'higher' })).toBe(1.25);
    expect(compliance({ target: 3, actual: 2, direction: 'higher' })).toBe(0.6667);
  });

  it('when lower is better, then it is target over actual', () => {
    expect(compliance({ target: 10, actual: 20, direction: 'lower' })).toBe(0.5);
    expect(compliance({ target: 10, actual: 8, direction: 'lower' })).toBe(1.25);
  });

  it('when higher is better and the target is 0, then any actual of 0 or more meets it', () => {
    expect(compliance({ target: 0, actual: 0, direction: 'higher' })).toBe(1);
    expect(compliance({ target: 0, actual: 7, direction: 'higher' })).toBe(1);
  });

  it('when lower is better and the actual is 0, then the target is fully met', () => {
    expect(compliance({ target: 5, actual: 0, direction: 'lower' })).toBe(1);
    expect(compliance({ target: 0, actual: 0, direction: 'lower' })).toBe(1);
  });

  it('when lower is better, the target is 0 and something happened, then nothing of it was met', () => {
    expect(compliance({ target: 0, actual: 4, direction: 'lower' })).toBe(0);
  });

  it('when higher is better and the actual is 0, then nothing was met', () => {
    expect(compliance({ target: 100, actual: 0, direction: 'higher' })).toBe(0);
  });

  it('when a value is negative or not finite, then it cannot be computed and is null, never NaN', () => {
    expect(compliance({ target: -5, actual: 3, direction: 'higher' })).toBeNull();
    expect(compliance({ target: 5, actual: -3, direction: 'lower' })).toBeNull();
    expect(compliance({ target: Number.NaN, actual: 3, direction: 'higher' })).toBeNull();
    expect(compliance({ target: 5, actual: Number.POSITIVE_INFINITY, direction: 'higher' })).toBeNull();
    expect(compliance({ target: 1e-300, actual: 1e300, direction: 'higher' })).toBeNull();
  });
});

describe('compliance with a baseline', () => {
  it('when higher is better, then it is the progress from the baseline to the target', () => {
    // coverage from 60 % towards 80 %: reaching 75 % is three quarters of the way
    expect(compliance({ target: 80, actual: 75, direction: 'higher', baseline: 60 })).toBe(0.75);
    expect(compliance({ target: 80, actual: 60, direction: 'higher', baseline: 60 })).toBe(0);
  });

  it('when lower is better, then the same formula measures the fall from the baseline', () => {
    // mortality from 30 down towards 20: 25 is half the way, 18 beats the target
    expect(compliance({ target: 20, actual: 25, direction: 'lower', baseline: 30 })).toBe(0.5);
    expect(compliance({ target: 20, actual: 18, direction: 'lower', baseline: 30 })).toBe(1.2);
  });

  it('when the indicator moved away from the target, then compliance is negative', () => {
    expect(compliance({ target: 80, actual: 55, direction: 'higher', baseline: 60 })).toBe(-0.25);
  });

  it('when the baseline equals the target or is null, then the plain ratio is used', () => {
    expect(compliance({ target: 80, actual: 72, direction: 'higher', baseline: 80 })).toBe(0.9);
    expect(compliance({ target: 80, actual: 72, direction: 'higher', baseline: null })).toBe(0.9);
  });

  it('when the target only lets the baseline slip, then holding above the target counts as met', () => {
    // coverage at 98 % with a target of 95 %: 96 % meets it, though it is below the baseline
    expect(compliance({ target: 95, actual: 96, direction: 'higher', baseline: 98 })).toBe(1.0105);
  });

  it('when the baseline and target are negative, then the progress is still computed', () => {
    expect(compliance({ target: -2, actual: -6, direction: 'higher', baseline: -10 })).toBe(0.5);
  });
});

describe('trafficLight', () => {
  it('when compliance sits exactly on a threshold, then it takes the better light', () => {
    expect(trafficLight(0.9)).toBe('verde');
    expect(trafficLight(0.7)).toBe('amarillo');
  });

  it('when compliance is just below a threshold, then it takes the worse light', () => {
    expect(trafficLight(0.8999)).toBe('amarillo');
    expect(trafficLight(0.6999)).toBe('rojo');
    expect(trafficLight(-0.25)).toBe('rojo');
  });

  it('when there is no compliance, then there is no data', () => {
    expect(trafficLight(null)).toBe('sin_dato');
    expect(trafficLight(Number.NaN)).toBe('sin_dato');
  });

  it('when the thresholds are given, then they replace the defaults', () => {
    expect(trafficLight(0.85, { onTrack: 0.8, atRisk: 0.5 })).toBe('verde');
    expect(trafficLight(0.45, { onTrack: 0.8, atRisk: 0.5 })).toBe('rojo');
  });

  it('when a light is shown, then its label is in Spanish', () => {
    expect(trafficLightLabels).toEqual({ verde: 'En meta', amarillo: 'En riesgo', rojo: 'Fuera de meta', sin_dato: 'Sin dato' });
  });
});

function indicator(code: string, direction: 'higher' | 'lower', targets: Record<string, number>): IndicatorItem {
  return { code, name: `Indicador ${code}`, level: 'result', resultCode: 'R1', productCode: null, direction, targets };
}

describe('indicatorProgress', () => {
  const indicators = [
    indicator('I1', 'higher', { '2028-C1': 100 }),
    indicator('I2', 'lower', { '2028-C1': 10 }),
    indicator('I3', 'higher', { '2028-C1': 50 }),
    indicator('I4', 'higher', { '2028-C2': 40 }),
    indicator('I5', 'higher', {}),
  ];
  const measurements: MeasurementItem[] = [
    { indicatorCode: 'I1', period: '2028-C1', value: 95 },
    { indicatorCode: 'I2', period: '2028-C1', value: 13 },
    { indicatorCode: 'I4', period: '2028-C1', value: 12 },
    { indicatorCode: 'I1', period: '2028-C2', value: 10 },
  ];

  it('when indicators have targets or measurements for the period, then each gets its compliance and light', () => {
    expect(indicatorProgress(indicators, measurements, '2028-C1')).toEqual([
      { indicatorCode: 'I1', name: 'Indicador I1', direction: 'higher', period: '2028-C1', target: 100, actual: 95, compliance: 0.95, light: 'verde' },
      { indicatorCode: 'I2', name: 'Indicador I2', direction: 'lower', period: '2028-C1', target: 10, actual: 13, compliance: 0.7692, light: 'amarillo' },
      { indicatorCode: 'I3', name: 'Indicador I3', direction: 'higher', period: '2028-C1', target: 50, actual: null, compliance: null, light: 'sin_dato' },
      { indicatorCode: 'I4', name: 'Indicador I4', direction: 'higher', period: '2028-C1', target: null, actual: 12, compliance: null, light: 'sin_dato' },
    ]);
  });

  it('when an indicator has a baseline, then its progress is measured from it', () => {
    const [first] = indicatorProgress(indicators, measurements, '2028-C1', { I1: 80 });
    expect(first).toMatchObject({ indicatorCode: 'I1', compliance: 0.75, light: 'amarillo' });
  });

  it('when the indicator carries its own baseline, then it is used unless the map overrides it', () => {
    const withBaseline = [{ ...indicator('I2', 'lower', { '2028-C1': 42.6 }), baseline: 46.5 }];
    const measured = [{ indicatorCode: 'I2', period: '2028-C1', value: 46 }];
    // Without the baseline 42.6 / 46 would look 93 % met; from 46.5 it moved 0.5 of 3.9 points.
    expect(indicatorProgress(withBaseline, measured, '2028-C1')[0]).toMatchObject({ compliance: 0.1282, light: 'rojo' });
    expect(indicatorProgress(withBaseline, measured, '2028-C1', { I2: null })[0]).toMatchObject({ compliance: 0.9261, light: 'verde' });
  });

  it('when a measurement is corrected later in the list, then the later value counts', () => {
    const corrected = [...measurements, { indicatorCode: 'I1', period: '2028-C1', value: 60 }];
    expect(indicatorProgress(indicators, corrected, '2028-C1')[0]).toMatchObject({ actual: 60, compliance: 0.6, light: 'rojo' });
  });

  it('when the period is malformed, then it throws', () => {
    expect(() => indicatorProgress(indicators, measurements, '2028-C7')).toThrow('Período inválido "2028-C7"');
  });
});

describe('offTrack', () => {
  it('when progress is listed, then only the red lights are kept', () => {
    const progress = indicatorProgress(
      [indicator('I1', 'higher', { '2028': 100 }), indicator('I2', 'higher', { '2028': 100 }), indicator('I3', 'higher', { '2028': 100 }), indicator('I4', 'higher', { '2028': 100 })],
      [
        { indicatorCode: 'I1', period: '2028', value: 69 },
        { indicatorCode: 'I2', period: '2028', value: 70 },
        { indicatorCode: 'I3', period: '2028', value: 90 },
      ],
      '2028',
    );
    expect(progress.map((p) => p.light)).toEqual(['rojo', 'amarillo', 'verde', 'sin_dato']);
    expect(offTrack(progress).map((p) => p.indicatorCode)).toEqual(['I1']);
  });
});
