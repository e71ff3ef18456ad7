import { maxValue, minValue, number, required } from 'react-admin';

export const partRule = (max: number, min = 0) => [required(), number(), minValue(min), maxValue(max)];
