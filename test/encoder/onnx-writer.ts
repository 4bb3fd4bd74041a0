/**
 * A minimal ONNX writer for test models: just the protobuf wire format and the few ONNX messages a
 * small graph needs, so tests can build a real model.onnx at test time without the `onnx` Python
 * package (not installed, and PyPI is unreachable here) or a protobuf dependency.
 *
 * Field numbers are those of onnx/onnx.proto (ModelProto, GraphProto, NodeProto, AttributeProto,
 * TensorProto, ValueInfoProto, TypeProto, TensorShapeProto, OperatorSetIdProto).
 */

/** TensorProto.DataType values used here. */
export const FLOAT = 1;
export const INT64 = 7;

// Protobuf wire types.
const VARINT = 0;
const LENGTH_DELIMITED = 2;

/** A non-negative integer as a base-128 varint (safe integers only; ONNX sizes are small). */
function varint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint: ${value} is not a non-negative safe integer`);
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An integer field (int32, int64 or enum): key then varint. */
function intField(field: number, value: number): Uint8Array {
  return Uint8Array.from([...varint((field << 3) | VARINT), ...varint(value)]);
}

/** A length-delimited field: a string, bytes or an embedded message. */
function bytesField(field: number, payload: Uint8Array | string): Uint8Array {
  const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  return concat([Uint8Array.from([...varint((field << 3) | LENGTH_DELIMITED), ...varint(bytes.length)]), bytes]);
}

/** One tensor dimension: a fixed size, or a named free dimension such as "batch". */
export type Dimension = number | string;

/** ValueInfoProto of a tensor: name(1), type(2) = TypeProto{tensor_type(1): {elem_type(1), shape(2)}}. */
export function tensorValue(name: string, elemType: number, dims: readonly Dimension[]): Uint8Array {
  // TensorShapeProto.Dimension: dim_value(1) or dim_param(2).
  const shape = concat(dims.map((d) => bytesField(1, typeof d === 'number' ? intField(1, d) : bytesField(2, d))));
  const tensorType = concat([intField(1, elemType), bytesField(2, shape)]);
  return concat([bytesField(1, name), bytesField(2, bytesField(1, tensorType))]);
}

/** An attribute: an int (AttributeType INT = 2) or a list of ints (INTS = 7). */
export function attribute(name: string, value: number | readonly number[]): Uint8Array {
  if (typeof value === 'number') return concat([bytesField(1, name), intField(3, value), intField(20, 2)]);
  // `repeated int64 ints = 8` is not packed in onnx.proto (proto2), so each value gets its own key.
  return concat([bytesField(1, name), ...value.map((v) => intField(8, v)), intField(20, 7)]);
}

/** NodeProto: input(1)*, output(2)*, name(3), op_type(4), attribute(5)*. */
export function node(opType: string, inputs: readonly string[], outputs: readonly string[], attributes: readonly Uint8Array[] = []): Uint8Array {
  return concat([
    ...inputs.map((i) => bytesField(1, i)),
    ...outputs.map((o) => bytesField(2, o)),
    bytesField(3, `${opType}_${outputs[0] ?? ''}`),
    bytesField(4, opType),
    ...attributes.map((a) => bytesField(5, a)),
  ]);
}

/** A float initializer, TensorProto: dims(1)*, data_type(2), name(8), raw_data(9) little-endian. */
export function floatTensor(name: string, dims: readonly number[], values: Float32Array): Uint8Array {
  const count = dims.reduce((a, b) => a * b, 1);
  if (values.length !== count) throw new Error(`tensor ${name}: ${values.length} values for shape [${dims.join(', ')}]`);
  const raw = new Uint8Array(values.length * 4);
  const view = new DataView(raw.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return concat([...dims.map((d) => intField(1, d)), intField(2, FLOAT), bytesField(8, name), bytesField(9, raw)]);
}

/** The encoded parts of a GraphProto, each already a serialized message. */
export interface GraphParts {
  readonly name: string;
  readonly nodes: readonly Uint8Array[];
  readonly initializers: readonly Uint8Array[];
  readonly inputs: readonly Uint8Array[];
  readonly outputs: readonly Uint8Array[];
}

/**
 * ModelProto: ir_version(1), producer_name(2), graph(7) = GraphProto{node(1)*, name(2),
 * initializer(5)*, input(11)*, output(12)*}, opset_import(8) = {version(2)} of the default domain.
 * IR version 8 goes with opsets 14 to 17, which onnxruntime 1.x reads.
 */
export function modelProto(graph: GraphParts, opset = 14): Uint8Array {
  const graphBytes = concat([
    ...graph.nodes.map((n) => bytesField(1, n)),
    bytesField(2, graph.name),
    ...graph.initializers.map((t) => bytesField(5, t)),
    ...graph.inputs.map((v) => bytesField(11, v)),
    ...graph.outputs.map((v) => bytesField(12, v)),
  ]);
  return concat([intField(1, 8), bytesField(2, 'argscope-tests'), bytesField(7, graphBytes), bytesField(8, intField(2, opset))]);
}
