package org.w3id.hrckg.pipeline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads a record, and the records, lists, enums, strings, numbers, booleans and dates
 * it holds, field by field in the order of its components: the spill's format. Java serialization
 * did the same, but described every class again in every file and read the fields back through
 * reflection on stream descriptors; here the shape of the data is known from the record's types,
 * so only the values are written. A reference may be null (a byte says whether it is there); the
 * lists read back cannot be modified, as the parser's are. A type it cannot write is refused when
 * the codec is made.
 *
 * @param <T> the record written
 */
final class RecordCodec<T extends Record> {

  /** How one kind of value is written and read. */
  private interface Value {
    void write(DataOutput out, Object value) throws IOException;

    Object read(DataInput in) throws IOException;
  }

  private final Value root;

  private RecordCodec(Value root) {
    this.root = root;
  }

  /** The codec of a record type; fails on a component type it cannot write. */
  static <T extends Record> RecordCodec<T> of(Class<T> type) {
    return new RecordCodec<>(new Types().of(type));
  }

  void write(DataOutput out, T value) throws IOException {
    root.write(out, value);
  }

  T read(DataInput in, Class<T> type) throws IOException {
    return type.cast(root.read(in));
  }

  /** The codecs of the types met, made once each (a record may hold itself). */
  private static final class Types {
    private final Map<Class<?>, RecordValue> records = new HashMap<>();

    Value of(Type type) {
      if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
        return nullable(new ListValue(of(p.getActualTypeArguments()[0])));
      }
      if (!(type instanceof Class<?> c)) {
        throw new IllegalArgumentException("cannot spill a value of type " + type);
      }
      if (c == int.class) {
        return INT;
      }
      if (c == boolean.class) {
        return BOOLEAN;
      }
      if (c == Integer.class) {
        return nullable(INT);
      }
      if (c == Boolean.class) {
        return nullable(BOOLEAN);
      }
      if (c == String.class) {
        return nullable(STRING);
      }
      if (c == LocalDate.class) {
        return nullable(DATE);
      }
      if (c.isEnum()) {
        return nullable(new EnumValue(c.getEnumConstants()));
      }
      if (c.isRecord()) {
        RecordValue known = records.get(c);
        if (known == null) {
          known = new RecordValue();
          records.put(c, known);
          known.define(c, this);
        }
        return nullable(known);
      }
      throw new IllegalArgumentException("cannot spill a value of type " + type);
    }
  }

  private static Value nullable(Value value) {
    return new Nullable(value);
  }

  /** A reference that may be null: a byte says whether the value follows. */
  private record Nullable(Value value) implements Value {
    @Override
    public void write(DataOutput out, Object v) throws IOException {
      out.writeBoolean(v != null);
      if (v != null) {
        value.write(out, v);
      }
    }

    @Override
    public Object read(DataInput in) throws IOException {
      return in.readBoolean() ? value.read(in) : null;
    }
  }

  /** How a value is written. */
  private interface Writer {
    void write(DataOutput out, Object value) throws IOException;
  }

  /** How a value is read. */
  private interface Reader {
    Object read(DataInput in) throws IOException;
  }

  /** A value of a fixed form, written and read by two functions. */
  private record Plain(Writer writer, Reader reader) implements Value {
    @Override
    public void write(DataOutput out, Object value) throws IOException {
      writer.write(out, value);
    }

    @Override
    public Object read(DataInput in) throws IOException {
      return reader.read(in);
    }
  }

  private static final Value INT = new Plain((out, v) -> out.writeInt((Integer) v), DataInput::readInt);

  private static final Value BOOLEAN = new Plain((out, v) -> out.writeBoolean((Boolean) v), DataInput::readBoolean);

  private static final Value DATE = new Plain((out, v) -> out.writeLong(((LocalDate) v).toEpochDay()),
      in -> LocalDate.ofEpochDay(in.readLong()));

  /** A string as its length in UTF-8 bytes and the bytes (no limit of 64 kB, unlike {@code writeUTF}). */
  private static final Value STRING = new Plain((out, v) -> {
    byte[] bytes = ((String) v).getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }, in -> {
    byte[] bytes = new byte[length(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  });

  private static int length(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("a negative length: not a spill entry");
    }
    return n;
  }

  private record EnumValue(Object[] constants) implements Value {
    @Override
    public void write(DataOutput out, Object v) throws IOException {
      out.writeInt(((Enum<?>) v).ordinal());
    }

    @Override
    public Object read(DataInput in) throws IOException {
      int ordinal = in.readInt();
      if (ordinal < 0 || ordinal >= constants.length) {
        throw new IOException("no constant " + ordinal + " of " + constants[0].getClass().getSimpleName());
      }
      return constants[ordinal];
    }
  }

  private record ListValue(Value element) implements Value {
    @Override
    public void write(DataOutput out, Object v) throws IOException {
      List<?> list = (List<?>) v;
      out.writeInt(list.size());
      for (Object e : list) {
        element.write(out, e);
      }
    }

    @Override
    public Object read(DataInput in) throws IOException {
      int n = length(in);
      List<Object> list = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        list.add(element.read(in));
      }
      return Collections.unmodifiableList(list);
    }
  }

  /** A record: its components in order, read back through its canonical constructor. */
  private static final class RecordValue implements Value {
    private Method[] accessors;
    private Value[] values;
    private Constructor<?> constructor;

    void define(Class<?> type, Types types) {
      RecordComponent[] components = type.getRecordComponents();
      accessors = new Method[components.length];
      values = new Value[components.length];
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        parameters[i] = components[i].getType();
        values[i] = types.of(components[i].getGenericType());
      }
      try {
        constructor = type.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record has its canonical constructor", e);
      }
    }

    @Override
    public void write(DataOutput out, Object v) throws IOException {
      try {
        for (int i = 0; i < accessors.length; i++) {
          values[i].write(out, accessors[i].invoke(v));
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read a component of " + v.getClass().getSimpleName(), e);
      }
    }

    @Override
    public Object read(DataInput in) throws IOException {
      Object[] arguments = new Object[values.length];
      for (int i = 0; i < values.length; i++) {
        arguments[i] = values[i].read(in);
      }
      try {
        return constructor.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw new IOException("the entry does not make a " + constructor.getDeclaringClass().getSimpleName(), e.getCause());
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot make a " + constructor.getDeclaringClass().getSimpleName(), e);
      }
    }
  }
}
