// Defines every element of oms-widgets under its default tag.
import { defineAll } from './index.js';

defineAll();

export * from './index.js';
