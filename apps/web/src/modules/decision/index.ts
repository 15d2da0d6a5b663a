// The case's assessment and decision sections, for the KE case page.
export { AssessmentSection } from './components/AssessmentSection';
export { DecisionSection } from './components/DecisionSection';
