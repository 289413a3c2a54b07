// Shared test setup: jest-dom matchers for component tests (those opt into jsdom
// with a `// @vitest-environment jsdom` pragma).
import '@testing-library/jest-dom/vitest';
