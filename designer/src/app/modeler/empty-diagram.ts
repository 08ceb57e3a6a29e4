/** The diagram a new process starts from: one start event in an executable process. */
export const EMPTY_DIAGRAM = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
  id="Definitions_1" targetNamespace="https://hito.dev/bpmn">
  <bpmn:process id="Proceso_1" name="Nuevo proceso" isExecutable="true">
    <bpmn:startEvent id="Inicio" name="Inicio" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagrama_1">
    <bpmndi:BPMNPlane id="Plano_1" bpmnElement="Proceso_1">
      <bpmndi:BPMNShape id="Inicio_di" bpmnElement="Inicio">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
