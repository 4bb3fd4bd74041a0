import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as api from '../src/index.ts';

test('the public API exports exactly these names', () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'AnalysisSchema',
    'EncoderError',
    'FactCheckSchema',
    'FactSchema',
    'InputRejectedError',
    'OUTPUT_FORMATS',
    'SCHEMA_VERSION',
    'analysisJsonSchema',
    'analyze',
    'analyzeUnits',
    'analyzeUnitsWithEncoder',
    'analyzeWithEncoder',
    'attachMatches',
    'attachMatchesWithEncoder',
    'closeFactCheckIndex',
    'defaults',
    'indexFactChecks',
    'loadEncoder',
    'matchClaims',
    'matchClaimsWithEncoder',
    'openFactCheckIndex',
    'parseFactBase',
    'readFactBase',
    'readFactChecks',
    'serialize',
    'toAif',
    'toArgdown',
    'toHtml',
    'toJson',
    'toMarkdown',
  ]);
});

test('defaults are frozen so no caller can change them for everyone', () => {
  assert.ok(Object.isFrozen(api.defaults));
});
